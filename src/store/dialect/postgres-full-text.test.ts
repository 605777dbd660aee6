import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../services/documents/search-query.js';
import { websearchOf } from './postgres-full-text.js';

// [what the user typed, the websearch text, the prefix term]
const CASES: [string, string, string | null][] = [
  ['abraham accords', 'abraham accords', null],
  ['"Abraham Accords" Kazakh*', '"abraham accords"', 'kazakh:*'],
  ['sign*', '', 'sign:*'],
  ['"peace deal" "white house"', '"peace deal" "white house"', null],
  ['-israel OR uae', 'israel or uae', null],
  ['"a "b', 'a b', null],
  ['accords" -', 'accords', null],
];

describe('PostgreSQL websearch text of a parsed search', () => {
  it.each(CASES)('%s', (input, text, prefix) => {
    expect(websearchOf(parseSearch(input)!)).toEqual({ text, prefix });
  });

  it('never passes an operator through: only words, spaces and phrase quotes', () => {
    for (const input of ['" OR 1=1 --', "a' OR 'b", 'x & y | !z <-> w', 'café:* (a) \\ "']) {
      const q = parseSearch(input);
      if (!q) continue;
      const { text, prefix } = websearchOf(q);
      expect(text).toMatch(/^[\p{L}\p{N}" ]*$/u);
      if (prefix) expect(prefix).toMatch(/^[\p{L}\p{N}]+:\*$/u);
    }
  });
});
