import type { Sentence, Token } from '../../core/analysis.js';

const DASHES = new Set(['-', '—', '–', '--']);
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * The dateline at the start of a paragraph ("WASHINGTON -", "LONDON (Reuters) -", "SALVADOR,
 * Feb 26 -", "Washington, March 3 (AP) —"): where the story was filed, not an actor. Returns, for
 * each token, whether it belongs to a dateline.
 *
 * @example datelineTokens(tokens, sentences)[0]  // true for "WASHINGTON" in "WASHINGTON - …"
 */
export function datelineTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const skip = new Uint8Array(tokens.length);
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph === lastParagraph) continue;
    lastParagraph = s.paragraph;
    const end = datelineEnd(tokens, s.tokenStart, Math.min(s.tokenEnd, s.tokenStart + 14));
    for (let i = s.tokenStart; i < end; i++) skip[i] = 1;
  }
  return skip;
}

function datelineEnd(tokens: readonly Token[], start: number, limit: number): number {
  let i = start;
  let places = 0, allCaps = true;
  while (i < limit && tokens[i]!.kind === 'word' && /^\p{Lu}/u.test(tokens[i]!.text)) {
    if (MONTH.test(tokens[i]!.text) && places > 0) break;
    if (tokens[i]!.text !== tokens[i]!.text.toUpperCase()) allCaps = false;
    places++; i++;
    if (tokens[i]?.text === ',' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !MONTH.test(tokens[i + 1]!.text)) i++;
  }
  if (places === 0 || places > 4) return start;
  let marked = allCaps;
  if (tokens[i]?.text === ',' && MONTH.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'number') {
    i += 3; marked = true;
  }
  if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
    i += 3; marked = true;
  }
  // The dash stands apart ("WASHINGTON - "), unlike the hyphen of "U.S.-Japanese talks".
  const dash = tokens[i];
  if (!marked || i >= limit + 4 || !dash || !DASHES.has(dash.text) || !dash.spaceBefore) return start;
  return i + 1;
}
