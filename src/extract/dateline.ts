import type { Sentence, Token } from '../core/analysis.js';
import { Scratch } from '../core/scratch.js';
import type { DatelineWords } from '../lang/en/dateline.js';

/**
 * The dateline: where a story was filed ("WASHINGTON -", "NEW YORK (AP) —", "DECATUR, Ill. —",
 * "SALVADOR, Feb 26 -", "Washington, March 3 (AP) —"), not an actor nor what a source said. One
 * reader, `datelineEnd`, answers for the three stages that ask: the entities stage, so that the
 * place at a paragraph's start is no mention (`datelineTokens`); the reports, so that a span before
 * a dash is no content, and so that a clause's subject is looked for after its opening dateline.
 *
 * It reads a place of one to four capitalized words, a comma and its region ("RYE, N.H.",
 * "BAGHDAD, Iraq"), a date (", Feb. 26, 2016"), a wire service in parentheses ("(Reuters)"), then a
 * dash. Since a capitalized word and a dash also open "Washington - the capital - was quiet", a
 * dateline needs a mark: a place in capitals, an abbreviated region ("Ill.", "OH"), a date or a wire
 * service.
 */

// Punctuation tokens are one character long: "--" is two hyphens.
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '―']);
const CITY_WORDS = 4;
const PLACE_WORDS = 5;
// "(Reuters)", "(Reuters Health)"; not "TOKYO RUBBER (YEN PER KILO) - APRIL 07"
const AGENCY_WORDS = 2;

/** A dash that closes a dateline; it stands apart ("WASHINGTON - "), unlike a hyphen in a word. */
export const isDatelineDash = (text: string): boolean => DASHES.has(text);

const isCapitalized = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
// "WASHINGTON", "O'HARE", "ST."; not "N.H.", which is a region's initials, nor "A"
const isCapitalsWord = (t: Token): boolean => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}\.?$/u.test(t.text);

// "Feb.", "Feb", "March"
const isMonth = (t: Token | undefined, words: DatelineWords): boolean =>
  !!t && words.months.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

/**
 * Where the dateline that starts at token `start` ends: the index after its dash, or -1 when no
 * dateline starts there.
 *
 * @example datelineEnd(tokenize('NEW YORK (AP) — Ruiz said'), 0, DATELINE_WORDS)  // 6
 */
export function datelineEnd(tokens: readonly Token[], start: number, words: DatelineWords): number {
  const isDate = (i: number): boolean => isMonth(tokens[i], words) && tokens[i + 1]?.kind === 'number';
  let i = start;
  let capitals = true;
  while (i - start < CITY_WORDS && isCapitalized(tokens[i]) && !(i > start && isDate(i))) {
    capitals &&= isCapitalsWord(tokens[i]!);
    i++;
  }
  if (i === start) return -1;
  let marked = capitals;
  let places = i - start;
  // its regions ("BAGHDAD, Iraq", "HAILEY, Idaho, Calif."), of which an abbreviated one is the last:
  // "In Woodbridge, N.J., Supermarkets General -- responding" opens no dateline
  while (tokens[i]?.text === ',' && isCapitalized(tokens[i + 1]) && !isDate(i + 1) && places < PLACE_WORDS) {
    const region = regionEnd(tokens, i + 1, words);
    if (region > 0) { i = region; marked = true; break; }
    i++;
    while (places < PLACE_WORDS && isCapitalized(tokens[i]) && !isDate(i)) { places++; i++; }
  }
  if (tokens[i]?.text === ',' && isDate(i + 1)) {
    i += 3;
    if (tokens[i]?.text === ',' && tokens[i + 1]?.kind === 'number') i += 2;
    marked = true;
  }
  if (tokens[i]?.text === '(') {
    let j = i + 1;
    while (j - i <= AGENCY_WORDS && isCapitalized(tokens[j])) j++;
    if (j > i + 1 && tokens[j]?.text === ')') { i = j + 1; marked = true; }
  }
  const dash = tokens[i];
  // a hyphen needs a space before it, unlike a dash: "WASHINGTON-based groups", "WASHINGTON—The talks"
  if (!marked || !dash || !isDatelineDash(dash.text) || (dash.text === '-' && !dash.spaceBefore)) return -1;
  return tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore ? i + 2 : i + 1;
}

/**
 * Where the abbreviated region at token `i` ends ("N.H.", "W. Va.", "Ill.", "OH"): the index after
 * it, or -1.
 *
 * @example regionEnd(tokenize('Berea, OH, after'), 2, DATELINE_WORDS)  // 3
 */
export function regionEnd(tokens: readonly Token[], i: number, words: DatelineWords): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return -1;
  if (words.postalCodes.has(t.text)) return i + 1;
  // "W. Va." is two tokens
  const two = t.text.length === 2 && tokens[i + 1]?.kind === 'word' ? t.text + tokens[i + 1]!.text : '';
  for (const [text, end] of [[two, i + 2], [t.text, i + 1]] as const) {
    if (text.endsWith('.') && words.regions.has(text.replace(/\./g, '').toLowerCase())) return end;
  }
  return -1;
}

/**
 * For each token, whether it belongs to the dateline at the start of its paragraph.
 *
 * @example datelineTokens(tokens, sentences, DATELINE_WORDS)[0]  // 1 for "WASHINGTON" in "WASHINGTON - …"
 */
export function datelineTokens(tokens: readonly Token[], sentences: readonly Sentence[], words: DatelineWords,
  scratch = new Scratch()): Uint8Array {
  const skip = scratch.u8(tokens.length);
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === lastParagraph) continue;
    lastParagraph = s.paragraph;
    const end = datelineEnd(tokens, s.tokenStart, words);
    for (let i = s.tokenStart; i < end; i++) skip[i] = 1;
  }
  return skip;
}
