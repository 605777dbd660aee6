import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, RUN_ON_WORDS, SENTENCE_FINAL_ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { DATELINE_WORDS } from '../lang/en/dateline.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { datelineEnd, datelineTokens, regionEnd } from './dateline.js';

const lex = { abbreviations: ABBREVIATIONS, sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS, runOnWords: RUN_ON_WORDS };

/** The text of the dateline that opens the text, through its dash, or null. */
function datelineOf(text: string): string | null {
  const tokens = tokenize(text, lex);
  const end = datelineEnd(tokens, 0, DATELINE_WORDS);
  return end < 0 ? null : text.slice(0, tokens[end - 1]!.end);
}

/** The words of the text's datelines, as the entities stage skips them. */
function datelineWords(text: string): string[] {
  const tokens = tokenize(text, lex);
  const skip = datelineTokens(tokens, splitSentences(text, tokens, lex), DATELINE_WORDS);
  return tokens.filter((_, i) => skip[i]).map((t) => t.text);
}

describe('datelineEnd: a dateline and its dash', () => {
  it.each<[string, string]>([
    ['WASHINGTON - The talks resumed.', 'WASHINGTON -'],
    ['WASHINGTON ― This spring, Ruiz spoke.', 'WASHINGTON ―'],
    ['WASHINGTON—The talks resumed.', 'WASHINGTON—'],
    ['NEW YORK — Donald Trump said he would win.', 'NEW YORK —'],
    ["O'HARE — Flights resumed.", "O'HARE —"],
    ['LONDON (Reuters) - Prices rose.', 'LONDON (Reuters) -'],
    ['NEW YORK (AP) — Ruiz said', 'NEW YORK (AP) —'],
    ['ST. LOUIS (AP) -- Ruiz said', 'ST. LOUIS (AP) --'],
    ['Paris (AFP) – Ruiz said', 'Paris (AFP) –'],
    ['NEW YORK (Reuters Health) - Ruiz said', 'NEW YORK (Reuters Health) -'],
    ['RYE, N.H. - Ruiz spoke.', 'RYE, N.H. -'],
    ['DECATUR, Ill. — Ted Cruz spoke.', 'DECATUR, Ill. —'],
    ['Decatur, Ill. — Ted Cruz spoke.', 'Decatur, Ill. —'],
    ['CHARLESTON, W. Va. — Ruiz spoke.', 'CHARLESTON, W. Va. —'],
    ['SAN JUAN, Puerto Rico — Ruiz spoke.', 'SAN JUAN, Puerto Rico —'],
    ['SALVADOR, Feb 26 - The vote was held.', 'SALVADOR, Feb 26 -'],
    ['Washington, March 3 (AP) — The talks resumed.', 'Washington, March 3 (AP) —'],
    ['NEW YORK, Feb. 26, 2016 (Reuters) - Stocks fell.', 'NEW YORK, Feb. 26, 2016 (Reuters) -'],
    ['PHILADELPHIA, July 25 (UPI) — Ruiz said', 'PHILADELPHIA, July 25 (UPI) —'],
    ['ANNAPOLIS, Maryland, March 26 - CompuDyne Corp said', 'ANNAPOLIS, Maryland, March 26 -'],
    ['SAULT STE MARIE, Ontario, April 3 - Algoma said', 'SAULT STE MARIE, Ontario, April 3 -'],
    ['HAILEY, Idaho, Calif., March 20 - Geodome said', 'HAILEY, Idaho, Calif., March 20 -'],
    ['Caracas, march 17 - an import fee', 'Caracas, march 17 -'],
    ['AUSTIN, Texas, Oct 20 - Sept 30 end', 'AUSTIN, Texas, Oct 20 -'],
  ])('%j', (text, expected) => {
    expect(datelineOf(text)).toBe(expected);
  });
});

describe('datelineEnd: openers that are no dateline', () => {
  it.each([
    'U.S.-Japanese talks of this kind are held each year.',
    'Washington - the capital - was quiet.',
    'Paris, Texas — a town of 25,000 — voted.',
    'WASHINGTON-based groups met.',
    'NEW YORK CITY HALL AND ITS ANNEX — a crowd gathered.',
    'NEW YORK officials — Ruiz among them — met.',
    'N.H. - Ruiz said',
    'A - B',
    'Paris (AFP) Ruiz said',
    'Paris, Texas, is small',
    'Prices rose -- sharply.',
    'WASHINGTON',
    'WASHINGTON, Ruiz said.',
    'Mayor Ruiz (D) said',
    'TOKYO RUBBER (YEN PER KILO) - APRIL 07',
    'U.S. DIVIDEND MEETINGS - MARCH 3 Mickelberry Corp',
    'VOLCKER REAFFIRMS G -6 NEGOTIATING PROCESS',
    'IG-Metall has already been staging strikes',
    'In Woodbridge, N.J., Supermarkets General -- responding',
  ])('%j', (text) => {
    expect(datelineOf(text)).toBeNull();
  });
});

describe('regionEnd: an abbreviated region after a city', () => {
  it.each<[string, number]>([
    ['N.H. -', 1],
    ['Ill. —', 1],
    ['W. Va. —', 2],
    ['OH, after', 1],
    ['D.C. —', 1],
    ['Ohio, after', -1],
    ['Ill —', -1],
    ['Oh, well', -1],
    ['U.S. -', -1],
  ])('%j → %i', (text, expected) => {
    expect(regionEnd(tokenize(text, lex), 0, DATELINE_WORDS)).toBe(expected);
  });
});

describe('datelineTokens: the dateline at a paragraph start', () => {
  it.each<[string, string[]]>([
    ['Washington, March 3 (AP) — The talks resumed.', ['Washington', ',', 'March', '3', '(', 'AP', ')', '—']],
    ['DECATUR, Ill. — Ted Cruz spoke.', ['DECATUR', ',', 'Ill.', '—']],
    ['First line.\n\nPARIS — Second paragraph.', ['PARIS', '—']],
    ['The talks resumed. WASHINGTON - It was late.', []],
  ])('%j', (text, expected) => {
    expect(datelineWords(text)).toEqual(expected);
  });
});
