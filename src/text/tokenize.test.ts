import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, RUN_ON_WORDS, SENTENCE_FINAL_ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const lex = { abbreviations: ABBREVIATIONS, sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS, runOnWords: RUN_ON_WORDS };
const toks = (s: string) => tokenize(s, lex).map((t) => t.text);
const sents = (s: string) => {
  const raw = tokenize(s, lex);
  return splitSentences(s, raw, lex).map((x) => s.slice(x.start, x.end));
};

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['Kazakhstan’s entry', ['Kazakhstan', '’s', 'entry']],
    ["Israel's cabinet", ['Israel', "'s", 'cabinet']],
    ['we’re announcing', ['we', '’re', 'announcing']],
    ['he didn’t say', ['he', 'did', 'n’t', 'say']],
    ['O’Brien said', ['O’Brien', 'said']],
    ['the U.S.-led initiative', ['the', 'U.S.', '-', 'led', 'initiative']],
    ['Kassym-Jomart Tokayev', ['Kassym', '-', 'Jomart', 'Tokayev']],
    ['Lt. Gen. Abdel Fattah', ['Lt.', 'Gen.', 'Abdel', 'Fattah']],
    ['on Sept. 15, 2020.', ['on', 'Sept.', '15', ',', '2020', '.']],
    ['$1.35 a share', ['$', '1.35', 'a', 'share']],
    ['the 1980s and 5th', ['the', '1980s', 'and', '5th']],
    ['at 5 p.m. EST, e.g. today', ['at', '5', 'p.m.', 'EST', ',', 'e.g.', 'today']],
    ['“just the beginning,”', ['“', 'just', 'the', 'beginning', ',', '”']],
  ])('%s', (text, expected) => {
    expect(toks(text)).toEqual(expected);
  });

  it('keeps exact offsets', () => {
    const text = 'Rubio met Tokayev’s aides.';
    for (const t of tokenize(text, lex)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences', () => {
  it.each<[string, string[]]>([
    ['U.S. President Donald Trump spoke. He left.', ['U.S. President Donald Trump spoke.', 'He left.']],
    ['Lt. Gen. Burhan met Mr. Smith on Sept. 15. Talks ended.', ['Lt. Gen. Burhan met Mr. Smith on Sept. 15.', 'Talks ended.']],
    ['He said “it is over.” Then he left.', ['He said “it is over.”', 'Then he left.']],
    ['A headline\n\nWASHINGTON - Body text.', ['A headline', 'WASHINGTON - Body text.']],
    ['a significant win for\n\nPresident Trump as he seeks more.', ['a significant win for\n\nPresident Trump as he seeks more.']],
    ['They met at 5 p.m. EST Monday. Talks ended.', ['They met at 5 p.m. EST Monday.', 'Talks ended.']],
    ['They met at 5 p.m. The talks ended.', ['They met at 5 p.m.', 'The talks ended.']],
    ['It rose 3.5 percent. Prices fell.', ['It rose 3.5 percent.', 'Prices fell.']],
  ])('%j', (text, expected) => {
    expect(sents(text)).toEqual(expected);
  });
});
