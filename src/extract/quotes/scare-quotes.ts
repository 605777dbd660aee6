import type { QuoteSpan } from './find-quotes.js';

const TITLE_WORDS = 5;
const CONTEXT_CHARS = 40;
// a title-cased phrase right after these is a work's title even where a speaker is near (he
// appeared on “Morning Joe”, her podcast “With Her”); after the weaker ones only without a frame
const TITLE_CONTEXT = new Set(['on', 'in', 'film', 'movie', 'program', 'programme', 'series', 'album', 'song', 'podcast', 'documentary', 'play', 'episode']);
const WEAK_TITLE_CONTEXT = new Set(['of', 'the', 'show', 'book', 'novel', 'memoir']);
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', '&']);
const TERM_WORDS = 4;
const DETERMINER = /(?:^|\s)(?:the|a|an|his|her|their|its|our|this|that|\p{L}+['’]s|\p{L}+s['’])$/u;
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'that', 'which', 'who',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'than', 'then', 'when', 'while', 'if', 'because', 'so', 'not', 'also', 'said', 'says', 'he', 'she', 'they', 'it',
]);
// a link right after the closing mark: a linked headline in a digest or a newsletter
const LINK_AFTER = /^[\s.,;:)\]—–-]{0,4}(?:https?:\/\/|www\.)/;

/**
 * The words before a quotation that mark it as no one's words: `naming` always ("so-called"),
 * `term` unless a speaker is found ("dubbed", "the slogan").
 *
 * @example const markers: ScareMarkers = { naming: k.namingMarkers, term: k.termMarkers };
 */
export interface ScareMarkers {
  readonly naming: ReadonlySet<string>;
  readonly term: ReadonlySet<string>;
}

/**
 * Is this quotation a name, a title or a term rather than someone's words? Marked so by the words
 * just before it: a naming word always ("so-called"), a term word ("dubbed", "the slogan") unless
 * the sentence gives a speaker; or it is a short title-cased phrase after a possessive (ABC’s
 * “This Week”), or, when no reporting frame introduces it, after a naming word (on “The View”,
 * the “Avatar” star).
 *
 * `introduced`: a frame holds or closely introduces the quote; `spoken`: a speaker was found at all
 * (a frame or the clause's subject).
 *
 * @example isScareQuote(text, q, markers, { introduced: false, spoken: false })
 */
export function isScareQuote(text: string, q: QuoteSpan, markers: ScareMarkers,
  by: { readonly introduced: boolean; readonly spoken: boolean }): boolean {
  const before = text.slice(Math.max(0, q.outerStart - CONTEXT_CHARS), q.outerStart).toLowerCase().replace(/’/g, "'").trimEnd();
  const ends = (m: string) => before.endsWith(m) && !/\p{L}/u.test(before[before.length - m.length - 1] ?? ' ');
  for (const m of markers.naming) if (ends(m)) return true;
  if (LINK_AFTER.test(text.slice(q.outerEnd, q.outerEnd + 12))) return true;
  if (!by.spoken) {
    for (const m of markers.term) if (ends(m)) return true;
    if (modifiesNoun(text, q, before)) return true;
  }
  const words = text.slice(q.start, q.end).replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > TITLE_WORDS) return false;
  const titleCased = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || i > 0 && MINOR.has(w.toLowerCase()));
  if (!titleCased) return false;
  const w1 = /(\S+)$/.exec(before)?.[1] ?? '';
  return /\p{L}'s?$/u.test(w1) || TITLE_CONTEXT.has(w1) || !by.introduced && WEAK_TITLE_CONTEXT.has(w1);
}

/** The quoted words modify the noun after them: the “undercard” debate, the GOP’s “establishment” candidate. */
function modifiesNoun(text: string, q: QuoteSpan, before: string): boolean {
  // punctuation inside the closing mark ends a clause: “moderate,” is no modifier
  const inner = q.closed ? text.slice(q.start, q.outerEnd - 1).trimEnd() : text.slice(q.start, q.end);
  if (/[.,!?;:]$/.test(inner) || inner.split(/\s+/).length > TERM_WORDS || !DETERMINER.test(before)) return false;
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(q.outerEnd, q.outerEnd + 30))?.[1];
  return !!next && !FUNCTION_WORDS.has(next);
}
