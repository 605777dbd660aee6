import { describe, expect, it } from 'vitest';
import type { Token } from '../core/analysis.js';
import { ABBREVIATIONS, RUN_ON_WORDS, SENTENCE_FINAL_ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { DATELINE_MONTH } from '../lang/en/entities/dateline.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { datelineAt, datelineTokens, opensWithCapitals } from './dateline.js';

const lex = { abbreviations: ABBREVIATIONS, sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS, runOnWords: RUN_ON_WORDS };

/** The words of the text's datelines, as the entities stage skips them. */
function datelineWords(text: string): string[] {
  const tokens = tokenize(text, lex);
  const skip = datelineTokens(tokens, splitSentences(text, tokens, lex), DATELINE_MONTH);
  return tokens.filter((_, i) => skip[i]).map((t) => t.text);
}

const tokensOf = (text: string): readonly Token[] => tokenize(text, lex);

describe('datelineTokens: the dateline at a paragraph start', () => {
  it.each<[string, string[]]>([
    ['WASHINGTON - The talks resumed.', ['WASHINGTON', '-']],
    ['LONDON (Reuters) - Prices rose.', ['LONDON', '(', 'Reuters', ')', '-']],
    ['SALVADOR, Feb 26 - The vote was held.', ['SALVADOR', ',', 'Feb', '26', '-']],
    ['Washington, March 3 (AP) — The talks resumed.', ['Washington', ',', 'March', '3', '(', 'AP', ')', '—']],
    ['RYE, N.H. - Ruiz spoke.', ['RYE', ',', 'N.H.', '-']],
    ['WASHINGTON ― This spring, Ruiz spoke.', ['WASHINGTON', '―']],
    ['First line.\n\nPARIS — Second paragraph.', ['PARIS', '—']],
  ])('%j', (text, expected) => {
    expect(datelineWords(text)).toEqual(expected);
  });
});

describe('datelineTokens: openers that are no dateline', () => {
  it.each([
    'U.S.-Japanese talks of this kind are held each year.',
    'Washington - the capital - was quiet.',
    'WASHINGTON-based groups met.',
    'DECATUR, Ill. — Ted Cruz spoke.',
    'NEW YORK CITY HALL AND ITS ANNEX — a crowd gathered.',
    'The talks resumed. WASHINGTON - It was late.',
    'Prices rose -- sharply.',
  ])('%j', (text) => {
    expect(datelineWords(text)).toEqual([]);
  });
});

describe('opensWithCapitals: a span before a dash that opens with a dateline', () => {
  it.each<[string, boolean]>([
    ['WASHINGTON', true],
    ['NEW YORK (AP)', true],
    ['RYE, N.H.', true],
    ['DECATUR, Ill.', true],
    ["O'HARE", true],
    ['Washington (AP)', false],
    ['NEW YORK officials', false],
    ['A', false],
    ['The talks', false],
  ])('%j → %s', (text, expected) => {
    const tokens = tokensOf(text);
    expect(opensWithCapitals(tokens, 0, tokens.length - 1)).toBe(expected);
  });
});

describe('datelineAt: a dateline opening a clause', () => {
  it.each<[string, boolean]>([
    ['WASHINGTON — Ruiz said', true],
    ['WASHINGTON ― Ruiz said', true],
    ['RYE, N.H. - Ruiz said', true],
    ['PHILADELPHIA (UPI) - Ruiz said', true],
    ['Paris (AFP) – Ruiz said', true],
    ['NEW YORK — Ruiz said', false],
    ['N.H. - Ruiz said', false],
    ['Paris (AFP) Ruiz said', false],
    ['Paris, Texas, is small', false],
    ['A - B', false],
    ['WASHINGTON', false],
  ])('%j → %s', (text, expected) => {
    expect(datelineAt(tokensOf(text), 0)).toBe(expected);
  });
});
