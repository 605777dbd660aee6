import type { QuoteSpan } from './find-quotes.js';

const TITLE_WORDS = 5;
const CONTEXT_CHARS = 40;
const TITLE_CONTEXT = new Set(['on', 'of', 'in', 'the', 'show', 'film', 'movie', 'book', 'program', 'series', 'album', 'song', 'novel', 'memoir', 'podcast']);
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', '&']);

/**
 * Is this quotation a name, a title or a term rather than someone's words? Marked so by the words
 * just before it ("so-called", "dubbed", "the slogan"); or a short title-cased phrase after a
 * possessive (ABC’s “This Week”), or, when no reporting frame introduces it, after a naming word
 * (on “The View”, the “Avatar” star).
 */
export function isScareQuote(text: string, q: QuoteSpan, markers: ReadonlySet<string>, introduced: boolean): boolean {
  const before = text.slice(Math.max(0, q.outerStart - CONTEXT_CHARS), q.outerStart).toLowerCase().replace(/’/g, "'").trimEnd();
  for (const m of markers) {
    if (before.endsWith(m) && !/\p{L}/u.test(before[before.length - m.length - 1] ?? ' ')) return true;
  }
  const words = text.slice(q.start, q.end).replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > TITLE_WORDS) return false;
  const titleCased = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || i > 0 && MINOR.has(w.toLowerCase()));
  if (!titleCased) return false;
  const w1 = /(\S+)$/.exec(before)?.[1] ?? '';
  return /\p{L}'s?$/u.test(w1) || !introduced && TITLE_CONTEXT.has(w1);
}
