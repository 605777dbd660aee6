import { describe, expect, it } from 'vitest';
import { createVerbLexicon } from './verbs.js';

const v = createVerbLexicon();

describe('verb inflection', () => {
  it.each<[string, string, string]>([
    ['expel', 'expelled', 'expelling'], ['control', 'controlled', 'controlling'], ['ban', 'banned', 'banning'],
    ['stop', 'stopped', 'stopping'], ['visit', 'visited', 'visiting'], ['open', 'opened', 'opening'],
    ['meet', 'met', 'meeting'], ['sign', 'signed', 'signing'], ['agree', 'agreed', 'agreeing'],
    ['deny', 'denied', 'denying'], ['urge', 'urged', 'urging'], ['commit', 'committed', 'committing'],
    ['threaten', 'threatened', 'threatening'], ['occur', 'occurred', 'occurring'], ['offer', 'offered', 'offering'],
  ])('%s → %s, %s', (base, past, ger) => {
    const f = v.inflect(base);
    expect(f.past).toContain(past);
    expect(f.gerund).toBe(ger);
  });

  it.each<[string, string]>([['said', 'say'], ['met', 'meet'], ['expelled', 'expel'], ['signed', 'sign'], ['urged', 'urge']])(
    'lemma of %s is %s', (w, l) => expect(v.lemma(w)).toBe(l));
});
