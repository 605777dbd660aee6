import type { Token } from '../../core/analysis.js';
import type { QuoteSpan } from './find-quotes.js';

const TITLE_WORDS = 5;
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', '&']);

/**
 * Is this quotation a name, a title or a term rather than someone's words? Marked so by the words
 * just before it ("so-called", "dubbed", "the slogan"); or, when no reporting frame introduces it,
 * a single word ("a “closed” primary") or a short title-cased phrase ("“Saturday Night Live”").
 */
export function isScareQuote(text: string, q: QuoteSpan, tokensBefore: readonly Token[], markers: ReadonlySet<string>,
  introduced: boolean): boolean {
  const n = tokensBefore.length;
  const w1 = n >= 1 ? tokensBefore[n - 1]!.lower : '';
  const w2 = n >= 2 ? `${tokensBefore[n - 2]!.lower} ${w1}` : '';
  if (markers.has(w1) || markers.has(w2)) return true;
  return false;
}
