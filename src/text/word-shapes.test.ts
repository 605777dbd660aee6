import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { shapeHash, WordShapes } from './word-shapes.js';

describe('WordShapes', () => {
  const words = ['said', 'told', 'according', 'as', 'a', '', 'cease-fire', 'co-operate', 'strikes'];
  const shapes = new WordShapes(words);

  it.each(words)('says maybe for every word added: %j', (w) => {
    expect(shapes.mayHave(w)).toBe(true);
  });

  it.each(['the', 'of', 'government', 'minister', 'Monday', 'says', 'tell'])('says no for a word never added: %j', (w) => {
    expect(shapes.mayHave(w)).toBe(false);
  });

  // the gazetteer's words: case, non-ASCII letters, periods and apostrophes count
  const names = new WordShapes(['minister', 'the', 'saudi', 'u.s.', 'çavuşoğlu', "o'brien"]);
  it.each(['minister', 'the', 'saudi', 'u.s.', 'çavuşoğlu', "o'brien"])('has the name word %j', (w) => {
    expect(names.mayHave(w)).toBe(true);
  });
  it.each(['ministers', 'Minister', '', 'said', 'saud', 'u.s'])('lacks %j among the name words', (w) => {
    expect(names.mayHave(w)).toBe(false);
  });

  it('knows nothing when empty', () => {
    expect(new WordShapes().mayHave('said')).toBe(false);
  });

  // the tokenizer hashes each token's lower-cased form once; the filters read that hash
  it.each([
    ['Said', true], ['TOLD', true], ['Strikes', true], ['Government', false], ['the', false],
  ] as const)('answers the same for the token %j by its stored shape', (text, expected) => {
    const [t] = tokenize(text, { abbreviations: new Set() });
    expect(t!.shape).toBe(shapeHash(t!.lower));
    expect(shapes.mayHaveShape(t!.shape)).toBe(expected);
    expect(shapes.mayHave(t!.lower)).toBe(expected);
  });
});
