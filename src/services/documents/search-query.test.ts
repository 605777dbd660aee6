import { describe, expect, it } from 'vitest';
import { parseSearch } from './search-query.js';

const CASES: [string, ReturnType<typeof parseSearch>][] = [
  ['Abraham Accords', { phrases: [['abraham'], ['accords']], prefix: false }],
  ['"Abraham Accords" Kazakh*', { phrases: [['abraham', 'accords'], ['kazakh']], prefix: true }],
  ['  Émirats   arabes ', { phrases: [['émirats'], ['arabes']], prefix: false }],
  ['US-Israel talks', { phrases: [['us'], ['israel'], ['talks']], prefix: false }],
  ['"White House', { phrases: [['white', 'house']], prefix: false }],
  ['NEAR(a b) AND OR', { phrases: [['near'], ['a'], ['b'], ['and'], ['or']], prefix: false }],
  ['col:"x"* ^y', { phrases: [['col'], ['x'], ['y']], prefix: false }],
  ['2020', { phrases: [['2020']], prefix: false }],
];

describe('parseSearch', () => {
  it.each(CASES)('%s', (input, expected) => expect(parseSearch(input)).toEqual(expected));

  it('keeps at most 16 terms', () => {
    expect(parseSearch(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!.phrases.flat()).toHaveLength(16);
  });

  it('reads hostile input in linear time', () => {
    const t0 = performance.now();
    for (const s of ['"'.repeat(50_000), `${'a*'.repeat(25_000)}`, `${'"a '.repeat(20_000)}`, ' '.repeat(100_000) + 'x*']) parseSearch(s);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
