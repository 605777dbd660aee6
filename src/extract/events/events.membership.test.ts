import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.js';
import { createExtractor } from '../../services/extractor.js';

// Joining and leaving agreements and bodies, through the whole pipeline (the knowledge base reads
// membership from these modes: see src/kb/vocabulary.ts).
const extractor = createExtractor();
const events = (text: string, date = '2024-05-01') =>
  extractor.extract(makeDocument({ id: 't', date, text, origin: 'test', format: 'text' })).events
    .map((e) => [e.type, e.mode, e.source.map((p) => p.entity), e.target.map((p) => p.entity), e.agreement, e.status]);

describe('joining and leaving', () => {
  it.each([
    ['Finland acceded to NATO in 2023.', [['AGREE', 'join', ['FIN'], ['org:nato'], null, 'occurred']]],
    ['Finland joined NATO in 2023.', [['AGREE', 'join', ['FIN'], ['org:nato'], null, 'occurred']]],
    ['Britain left the European Union on Friday.', [['RETREAT', 'withdraw', ['GBR'], ['org:eu'], null, 'occurred']]],
    ['Britain voted to leave the EU in 2016.', [['RETREAT', 'withdraw', ['GBR'], ['org:eu'], null, 'expected']]],
    ['The United States withdrew from the Paris Agreement.', [['REJECT', 'withdraw', ['USA'], ['USA'], 'agreement:paris-agreement', 'occurred']]],
    ['Washington backed out of the Iran nuclear deal in 2018.', [['REJECT', 'withdraw', ['USA'], ['USA'], 'agreement:jcpoa', 'occurred']]],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });

  // leaving a place, a meeting or a post is no withdrawal from anything
  it.each([
    'The minister left Baghdad on Friday.',
    'Iran left the talks in Vienna.',
    'He left the party after the vote.',
    'The delegation will exit the building through the side door.',
  ])('%s: none', (text) => {
    expect(events(text).filter((e) => e[1] === 'withdraw')).toEqual([]);
  });

  it('a rejection is no withdrawal', () => {
    expect(events('Saudi Arabia rejected the Abraham Accords.')).toEqual([['REJECT', null, ['SAU'], ['SAU'], 'agreement:abraham-accords', 'occurred']]);
  });
});
