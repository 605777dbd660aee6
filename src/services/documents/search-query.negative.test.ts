import { describe, expect, it } from 'vitest';
import { parseSearch } from './search-query.js';

describe('parseSearch: no words, no query', () => {
  it.each(['', '   ', '"', '""', '***', '()', '-- ;', '\u0000', '"*"'])('%j', (input) => expect(parseSearch(input)).toBeNull());

  it('never makes a prefix of a phrase or of a word not followed by *', () => {
    expect(parseSearch('"peace deal"*')!.prefix).toBe(false);
    expect(parseSearch('peace *')!.prefix).toBe(false);
  });
});
