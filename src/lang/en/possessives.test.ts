import { describe, expect, it } from 'vitest';
import { loadClauseWords } from './events/clause-words.js';
import { POSSESSIVES, THIRD_PERSON_POSSESSIVES } from './possessives.js';
import { loadReportKnowledge } from './reports/index.js';

describe('possessive pronouns: one list, read in parts', () => {
  const words = loadClauseWords();

  it('the events read all, and all but "her" and "my" as needing an actor noun', () => {
    expect(POSSESSIVES).toEqual(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
    expect([...words.possessives]).toEqual(POSSESSIVES);
    expect([...words.actorPossessives]).toEqual(['its', 'their', 'his', 'our', 'your']);
  });

  it('they are determiners and noun openers, the demonstratives only determiners', () => {
    for (const w of POSSESSIVES) {
      expect(words.determiners.has(w), w).toBe(true);
      expect(words.nounOpeners.has(w), w).toBe(true);
    }
    expect(words.determiners.has('this')).toBe(true);
    expect(words.nounOpeners.has('this')).toBe(false);
  });

  it('the reports read the third person\'s as a quotation\'s owner, not the speaker\'s own', () => {
    expect([...loadReportKnowledge().ownerPossessives]).toEqual(['its', 'their', 'his', 'her']);
    expect(THIRD_PERSON_POSSESSIVES.every((w) => POSSESSIVES.includes(w))).toBe(true);
    expect(loadReportKnowledge().ownerPossessives.has('our')).toBe(false);
  });
});
