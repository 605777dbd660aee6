import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter.js';

describe('WordFilter', () => {
  const words = ['minister', 'the', 'saudi', 'u.s.', 'çavuşoğlu', "o'brien"];
  const f = new WordFilter(words);

  it.each(words)('has %s', (w) => {
    expect(f.mayHave(w)).toBe(true);
  });

  // A Bloom filter may say yes to a word it lacks, but with six words in 65,536 bits these do not collide.
  it.each(['ministers', 'Minister', '', 'said', 'saud', 'u.s'])('lacks %s', (w) => {
    expect(f.mayHave(w)).toBe(false);
  });
});
