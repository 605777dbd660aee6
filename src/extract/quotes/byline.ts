import { phraseStartingAt } from '../reports/phrase.js';
import { isCap, type Scan, type TokenSpan } from '../reports/scan.js';
import type { QuoteSpan } from './find-quotes.js';

// after the closing mark: spaces and at most one blank line, a dash, a space
const BYLINE = /^[ \t]*(?:\r?\n){0,3}[ \t]*[\u2015\u2014\u2013-][ \t]*(?=\p{Lu})/u;
const REACH = 16;

/**
 * The name on an attribution line right after a quotation: “…” ― Jorge Falcon; "…"\n\n- Bernie
 * Sanders. (quote collections, fact-check columns, reader comments).
 *
 * @example bylineAfter(scan, q, tokenAt)  // the tokens of "Jorge Falcon"
 */
export function bylineAfter(scan: Scan, q: QuoteSpan, tokenAt: (pos: number) => number): TokenSpan | null {
  if (!q.closed) return null;
  const m = BYLINE.exec(scan.text.slice(q.outerEnd, q.outerEnd + REACH));
  if (!m) return null;
  const i = tokenAt(q.outerEnd + m[0].length);
  const t = scan.tokens[i];
  if (!t || t.start !== q.outerEnd + m[0].length || !isCap(t)) return null;
  let end = i;
  while (end + 1 < scan.tokens.length && end - i < 4 && !scan.tokens[end + 1]!.text.includes('\n') && isCap(scan.tokens[end + 1])
    && scan.tokens[end + 1]!.sentence === t.sentence) end++;
  return phraseStartingAt(scan, i, end + 1);
}
