import type { Sentence, Token } from '../core/analysis.js';

/**
 * The dateline: where a story was filed ("WASHINGTON -", "LONDON (Reuters) -", "SALVADOR, Feb 26 -",
 * "Washington, March 3 (AP) —"), not an actor nor what a source said. Three stages ask for it, each
 * at a different point and with a different cost of a wrong answer, so three tests share the dashes
 * and live here side by side:
 *
 * - `datelineTokens` (entities): the whole dateline at a paragraph's start, up to its dash, so that
 *   its place is no mention. Strict, since a false dateline hides a real name.
 * - `opensWithCapitals` (reports): a span before a dash that opens with words in capitals ("NEW
 *   YORK (AP)", "RYE, N.H."), so that it is no content. Loose: it knows the dash follows.
 * - `datelineAt` (reports): a dateline opening a clause ("WASHINGTON —", "Paris (AFP) –"), so that
 *   the subject is looked for after it. One word only: "NEW YORK —" opens no adjunct there.
 *
 * They are one question answered three ways, kept apart because joining them changes the output:
 * reading the reports' two tests as the entities' one changes 1 and 23 of the 20,787 bench articles
 * (to it "DECATUR, Ill. —" is no dateline), and letting `datelineAt` read a run of capitals like
 * `opensWithCapitals` changes 20 ("NEW YORK" stops being a quote's source).
 */

// Punctuation tokens are one character long: "--" is two hyphens.
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '―']);

/** A dash that closes a dateline; it stands apart ("WASHINGTON - "), unlike a hyphen in a word. */
export const isDatelineDash = (text: string): boolean => DASHES.has(text);
const PLACE_LIMIT = 14;

/**
 * For each token, whether it belongs to the dateline at the start of its paragraph. `month`
 * matches a month's name or abbreviation (language data: "Feb", "March").
 *
 * @example datelineTokens(tokens, sentences, month)[0]  // 1 for "WASHINGTON" in "WASHINGTON - …"
 */
export function datelineTokens(tokens: readonly Token[], sentences: readonly Sentence[], month: RegExp): Uint8Array {
  const skip = new Uint8Array(tokens.length);
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === lastParagraph) continue;
    lastParagraph = s.paragraph;
    const end = datelineEnd(tokens, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + PLACE_LIMIT), month);
    for (let i = s.tokenStart; i < end; i++) skip[i] = 1;
  }
  return skip;
}

function datelineEnd(tokens: readonly Token[], start: number, limit: number, month: RegExp): number {
  let i = start;
  let places = 0, allCaps = true;
  while (i < limit && tokens[i]!.kind === 'word' && /^\p{Lu}/u.test(tokens[i]!.text)) {
    if (month.test(tokens[i]!.text) && places > 0) break;
    if (tokens[i]!.text !== tokens[i]!.text.toUpperCase()) allCaps = false;
    places++; i++;
    if (tokens[i]?.text === ',' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !month.test(tokens[i + 1]!.text)) i++;
  }
  if (places === 0 || places > 4) return start;
  let marked = allCaps;
  if (tokens[i]?.text === ',' && month.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'number') {
    i += 3; marked = true;
  }
  if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
    i += 3; marked = true;
  }
  const dash = tokens[i];
  if (!marked || i >= limit + 4 || !dash || !isDatelineDash(dash.text) || !dash.spaceBefore) return start;
  return i + 1;
}

/**
 * Does the span [first, last] open with words in capitals followed by nothing, a comma or a
 * parenthesis ("WASHINGTON", "NEW YORK (AP)", "RYE, N.H.")?
 *
 * @example opensWithCapitals(tokens, 0, 3)  // true for "NEW YORK (AP)"
 */
export function opensWithCapitals(tokens: readonly Token[], first: number, last: number): boolean {
  let i = first;
  while (i <= last && tokens[i]!.kind === 'word' && /^\p{Lu}[\p{Lu}.'-]+$/u.test(tokens[i]!.text)) i++;
  if (i === first) return false;
  return i > last || tokens[i]!.text === ',' || tokens[i]!.text === '(';
}

/** A word of two or more capital letters and nothing else: "WASHINGTON", "RYE"; not "N.H.". */
export const isCapitalsWord = (text: string): boolean => /^\p{Lu}{2,}$/u.test(text);

/**
 * Does a dateline start at token `i`: a word in capitals before a comma, a dash or a parenthesis
 * ("WASHINGTON —", "RYE, N.H. -", "PHILADELPHIA, July 25 (UPI) —"), or a name, its wire service
 * and a dash ("Washington (AFP) –")?
 *
 * @example datelineAt(tokens, 0)  // true for "Paris (AFP) – …"
 */
export function datelineAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (isCapitalsWord(t.text) && next && (next.text === ',' || isDatelineDash(next.text) || next.text === '(')) return true;
  return /^\p{Lu}/u.test(t.text) && next?.text === '(' && isCapitalsWord(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')'
    && isDatelineDash(tokens[i + 4]?.text ?? '');
}
