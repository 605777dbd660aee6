import type { QuoteSpan } from './find-quotes.js';

const TITLE_WORDS = 5;
// a title named by its context ("his memoir, “…”", "told “…”") may run longer
const LONG_TITLE_WORDS = 7;
const CONTEXT_CHARS = 40;
// a title-cased phrase right after these is a work's title even where a speaker is near (he
// appeared on “Morning Joe”, her podcast “With Her”); after the weaker ones only without a frame
const TITLE_CONTEXT = new Set(['on', 'in', 'film', 'movie', 'program', 'programme', 'series', 'album', 'song', 'podcast', 'documentary', 'play', 'episode']);
const WEAK_TITLE_CONTEXT = new Set(['of', 'the', 'show', 'book', 'novel', 'memoir']);
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', '&', 'is']);
const TERM_WORDS = 4;
const DETERMINER = /(?:^|\s)(?:the|a|an|his|her|their|its|our|this|that|\p{L}+['’]s|\p{L}+s['’])$/u;
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'that', 'which', 'who',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'than', 'then', 'when', 'while', 'if', 'because', 'so', 'not', 'also', 'said', 'says', 'he', 'she', 'they', 'it',
]);
// a link right after the closing mark: a linked headline in a digest or a newsletter
// a slogan or a work dated in brackets right after it: “No to Schengen” (2005)
const YEAR_AFTER = /^[ \t]*\((?:1[89]|20)\d\d\)/;
const LINK_AFTER = /^[\s.,;:)\]—–-]{0,4}(?:https?:\/\/|www\.)/;

/**
 * The words around a quotation that mark it as no one's words: `naming` always ("so-called"),
 * `term` unless a speaker is found ("dubbed", "the slogan"); for a title-cased quotation,
 * `titleBefore` ("told", "interview with"), a work noun and a comma before it ("his memoir,") or a
 * role noun after it (“…” star); `headlineCredit` after a digest's headline.
 *
 * @example const markers: ScareMarkers = { naming: k.namingMarkers, term: k.termMarkers, … };
 */
export interface ScareMarkers {
  readonly naming: ReadonlySet<string>;
  readonly term: ReadonlySet<string>;
  readonly titleBefore: ReadonlySet<string>;
  readonly workNouns: ReadonlySet<string>;
  readonly titleRoleNouns: ReadonlySet<string>;
  readonly headlineCredit: RegExp;
  readonly mentionVerbs: ReadonlySet<string>;
}

/**
 * Is this quotation a name, a title or a term rather than someone's words? Marked so by the words
 * just before it: a naming word always ("so-called"), a term word ("dubbed", "the slogan") unless
 * the sentence gives a speaker; or it is a short title-cased phrase after a possessive (ABC’s
 * “This Week”), or, when no reporting frame introduces it, after a naming word (on “The View”,
 * the “Avatar” star).
 *
 * A headline with its writer's credit after it, a heading alone in its paragraph (“DIVISIVE, STUPID
 * AND WRONG”) and a label ("Related:") are no one's words either.
 *
 * So is a short quotation that opens its sentence as its subject (“Top secret” is the highest level)
 * where no frame holds it (`mentioned`), and a slogan or a title dated in brackets (“…” (2005)).
 *
 * `introduced`: a frame holds or closely introduces the quote; `spoken`: a speaker was found at all
 * (a frame or the clause's subject); `listed`: the quote follows, in a list ("“A,” “B” and “C”"),
 * one that was found to be no quotation.
 *
 * @example isScareQuote(text, q, markers, { introduced: false, spoken: false, listed: false, mentioned: false })
 */
export function isScareQuote(text: string, q: QuoteSpan, markers: ScareMarkers,
  by: { readonly introduced: boolean; readonly spoken: boolean; readonly listed?: boolean; readonly mentioned?: boolean }): boolean {
  const before = text.slice(Math.max(0, q.outerStart - CONTEXT_CHARS), q.outerStart).toLowerCase().replace(/’/g, "'").trimEnd();
  const ends = (m: string) => before.endsWith(m) && !/\p{L}/u.test(before[before.length - m.length - 1] ?? ' ');
  for (const m of markers.naming) if (ends(m)) return true;
  const after = text.slice(q.outerEnd, q.outerEnd + 80);
  if (LINK_AFTER.test(after) || YEAR_AFTER.test(after) || isHeading(text, q)) return true;
  if (by.mentioned && isMention(text, q, markers.mentionVerbs)) return true;
  if (/,$/.test(text.slice(q.start, q.outerEnd).replace(/["\u201D\u2019']$/, '')) && markers.headlineCredit.test(after)) return true;
  if (!by.spoken) {
    for (const m of markers.term) if (ends(m)) return true;
    if (modifiesNoun(text, q, before)) return true;
  }
  const words = text.slice(q.start, q.end).replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > LONG_TITLE_WORDS) return false;
  const titleCased = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || i > 0 && MINOR.has(w.toLowerCase()));
  if (!titleCased) return false;
  if (by.listed || namedAsTitle(text, q, before, markers)) return true;
  if (words.length > TITLE_WORDS) return false;
  const w1 = /(\S+)$/.exec(before)?.[1] ?? '';
  return /\p{L}'s?$/u.test(w1) || TITLE_CONTEXT.has(w1) || !by.introduced && WEAK_TITLE_CONTEXT.has(w1);
}

/** A title-cased quotation that its context makes a work's or a show's name. */
function namedAsTitle(text: string, q: QuoteSpan, before: string, markers: ScareMarkers): boolean {
  const ends = (m: string) => before.endsWith(m) && !/\p{L}/u.test(before[before.length - m.length - 1] ?? ' ');
  for (const m of markers.titleBefore) if (ends(m)) return true;
  const work = /(\S+),$/.exec(before)?.[1];
  if (work && markers.workNouns.has(work)) return true;
  // a closing comma or stop ends the name's phrase: “Mercy Street,” returns … is no modifier
  if (!q.closed || /[.,!?;:]$/.test(text.slice(q.start, q.outerEnd - 1).trimEnd())) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(q.outerEnd, q.outerEnd + 30))?.[1];
  return !!next && markers.titleRoleNouns.has(next.toLowerCase());
}

const MENTION_WORDS = 5;

/** “Top secret” is …: a closed short quotation, with no punctuation of its own, before a mention verb. */
function isMention(text: string, q: QuoteSpan, verbs: ReadonlySet<string>): boolean {
  if (!q.closed || /[.,!?;:]$/.test(text.slice(q.start, q.outerEnd - 1).trimEnd())) return false;
  if (text.slice(q.start, q.end).split(/\s+/).length > MENTION_WORDS) return false;
  const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(q.outerEnd, q.outerEnd + 20))?.[1];
  return !!next && verbs.has(next);
}

const HEADING_WORDS = 12;

/**
 * A quotation alone in its paragraph that is a heading or a label: all capitals (a wire story's
 * section heading “EVENTUALLY VOTERS MAKE GOOD DECISIONS”), or a word or two before a colon
 * ("Related:").
 */
function isHeading(text: string, q: QuoteSpan): boolean {
  const pStart = text.lastIndexOf('\n', q.outerStart - 1) + 1;
  let pEnd = text.indexOf('\n', q.outerEnd);
  if (pEnd < 0) pEnd = text.length;
  if (text.slice(pStart, q.outerStart).trim() || text.slice(q.outerEnd, pEnd).replace(/[.\s]/g, '')) return false;
  const inner = text.slice(q.start, q.end);
  const words = inner.split(/\s+/).length;
  if (/:$/.test(inner) && words <= 2) return true;
  return words <= HEADING_WORDS && /\p{Lu}{2}/u.test(inner) && !/\p{Ll}/u.test(inner);
}

/** The quoted words modify the noun after them: the “undercard” debate, the GOP’s “establishment” candidate. */
function modifiesNoun(text: string, q: QuoteSpan, before: string): boolean {
  // punctuation inside the closing mark ends a clause: “moderate,” is no modifier
  const inner = q.closed ? text.slice(q.start, q.outerEnd - 1).trimEnd() : text.slice(q.start, q.end);
  if (/[.,!?;:]$/.test(inner) || inner.split(/\s+/).length > TERM_WORDS || !DETERMINER.test(before)) return false;
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(q.outerEnd, q.outerEnd + 30))?.[1];
  return !!next && !FUNCTION_WORDS.has(next);
}
