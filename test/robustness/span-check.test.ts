import { describe, expect, it } from 'vitest';
import type { ExtractionOut } from '../../src/core/contract.js';
import { spanProblems } from './span-check.js';

const text = 'Kazakhstan will join, "soon" he said.';
const base = (): ExtractionOut => ({
  doc: { id: 'x', date: '2025-11-06', title: null },
  entities: [{ id: 'KAZ', kind: 'state', name: 'Kazakhstan', state: 'KAZ', role: null, mentions: [{ start: 0, end: 10, text: 'Kazakhstan' }] }],
  times: [], quotes: [{ start: 23, end: 27, text: 'soon', speaker: null, speakerText: 'he', speakerStart: 29, speakerEnd: 31 }],
  events: [], predictions: [],
});

describe('spanProblems: the property suite can fail', () => {
  it('passes a sound extraction', () => expect(spanProblems(text, base())).toEqual([]));

  it.each<[string, (o: ExtractionOut) => void, RegExp]>([
    ['a span past the end', (o) => { o.entities[0]!.mentions[0] = { start: 30, end: 99, text: 'x' }; }, /outside 0\.\.37/],
    ['a reversed span', (o) => { o.entities[0]!.mentions[0] = { start: 5, end: 2, text: '' }; }, /outside/],
    ['a slice that differs', (o) => { o.quotes[0]!.text = '"soon"'; }, /slice "soon" ≠ "\\"soon\\""/],
    ['a speaker span past the end', (o) => { o.quotes[0]!.speakerEnd = 38; }, /quotes\[0\]\.speaker: span 29\.\.38 outside/],
    ['a fractional offset', (o) => { o.quotes[0]!.start = 1.5; }, /non-integer/],
    ['a prediction of no event', (o) => {
      o.predictions.push({ predictor: 'KAZ', madeOn: null, deadline: null, event: 0, evidence: { start: 0, end: 10, text: 'Kazakhstan' } });
    }, /names no event/],
  ])('finds %s', (_name, spoil, problem) => {
    const o = base();
    spoil(o);
    expect(spanProblems(text, o).join('\n')).toMatch(problem);
  });
});
