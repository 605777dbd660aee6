import type { Token } from '../../core/analysis.js';
import { isCap, type Scan, type TokenSpan } from '../reports/scan.js';
import type { QuoteSpan } from './find-quotes.js';

const LINKS = new Set(['that', 'to', 'be', 'is', 'was', ':', ',', 'of', 'as', 'for', 'about']);
const MAX_LINKS = 3;
const MAX_MODIFIERS = 3;
const MAX_NAME = 5;

/**
 * Whose words a quotation is when a noun naming speech ties it to an owner: "Trump's
 * controversial pledge to be “neutral”", "his promise of “…”", "Obama's “if you like your plan”
 * promise". The owner's words: the phrase before the possessive, or the possessive pronoun.
 *
 * @example speechOwner(scan, q, first, last)  // the tokens of "Trump"
 */
export function speechOwner(scan: Scan, q: QuoteSpan, opening: number, closing: number): TokenSpan | null {
  const { tokens, k } = scan;
  // "Obama's “…” promise": a possessive right before the quote, a speech noun right after
  const after = tokens[closing + 1];
  if (after && k.speechNouns.has(after.lower) && q.closed) {
    const owner = ownerBefore(scan, opening - 1);
    if (owner) return owner;
  }
  let i = opening - 1;
  for (let n = 0; n < MAX_LINKS && i >= 0 && LINKS.has(tokens[i]!.lower); n++) i--;
  if (i < 0 || !k.speechNouns.has(tokens[i]!.lower) || !isLower(tokens[i]!)) return null;
  i--;
  for (let n = 0; n < MAX_MODIFIERS && i >= 0 && isModifier(scan, tokens[i]!); n++) i--;
  return ownerBefore(scan, i);
}

const NAME_BEFORE = new Set(['from', 'by', '-', '—', '–', '|', '(']);

/**
 * A name right before a colon that opens the quote, as in transcripts, digests and headlines:
 * "More from Jones: “…”", "Media shares blame - HuffPollster: “…”".
 */
export function colonName(scan: Scan, opening: number): TokenSpan | null {
  const { tokens } = scan;
  if (tokens[opening - 1]?.text !== ':') return null;
  const last = opening - 2;
  let first = last + 1;
  while (first - 1 >= 0 && last - first < MAX_NAME - 1 && !scan.inQuote[first - 1] && isCap(tokens[first - 1])) first--;
  if (first > last) return null;
  const before = tokens[first - 1];
  const opens = !before || before.sentence !== tokens[first]!.sentence || before.kind === 'punct' || NAME_BEFORE.has(before.lower);
  const w = tokens[first]!.lower;
  const notName = scan.k.clauseOpeners.has(w) || scan.k.cueAdverbs.has(w) || scan.k.timeAdjunctWords.has(w) || scan.k.determiners.has(w);
  return opens && !notName ? { first, last } : null;
}

/** The owner whose possessive ends at token `i`: "Trump 's", "the party ’s", "his". */
function ownerBefore(scan: Scan, i: number): TokenSpan | null {
  const t = scan.tokens[i];
  if (!t || scan.inQuote[i]) return null;
  if (scan.k.ownerPossessives.has(t.lower)) return { first: i, last: i };
  if (t.kind !== 'clitic' || t.lower !== "'s" && t.lower !== "'") return null;
  // a name: the run of capitalized words before the possessive ("Hillary Clinton", "the GOP")
  let first = i;
  while (first - 1 >= 0 && i - first < MAX_NAME && !scan.inQuote[first - 1] && isCap(scan.tokens[first - 1])) first--;
  if (first === i) return null;
  if (scan.tokens[first - 1]?.lower === 'the') first--;
  return { first, last: i - 1 };
}

const isLower = (t: Token) => t.kind === 'word' && t.text === t.lower;
const isModifier = (scan: Scan, t: Token) => isLower(t) && !scan.k.npBreakers.has(t.lower) && !scan.k.determiners.has(t.lower);
