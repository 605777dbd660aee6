/**
 * The tokenizer's one pass, written out by hand: what this regular expression (the reference,
 * kept in the tests) matches from a position, without running it:
 *
 *   (?<acr>(?:\p{L}\.){2,}(?!\p{L}))                                   U.S.  U.N.
 *   (?<num>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))           1.35  1980s  5th
 *   (?<word>[\p{L}\p{M}\d]+(?:['’](?!(?:s|re|ve|ll|d|m)(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*)
 *   (?<quote>["“”‘’'«»„‟‹›])
 *   (?<punct>[^\s])
 *
 * ASCII is classified by code; other characters by Unicode property tests at their index.
 */
export type Group = 'acr' | 'num' | 'word' | 'quote' | 'punct';

/**
 * Where the match found at or after a position starts and ends, and which alternative it is.
 *
 * @example const m = nextToken('  U.S. aid', 0)  // { start: 2, end: 6, group: 'acr' }
 */
export interface TokenMatch {
  start: number;
  end: number;
  group: Group;
}

const LETTER = /\p{L}/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const SPACE = /\s/y;
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‟', '‹', '›'].map((c) => c.charCodeAt(0)));
const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019, DOT = 46;
const CLITICS = ['s', 're', 've', 'll', 'd', 'm'];

const isDigit = (c: number) => c >= 48 && c <= 57;
// The code unit at i, or -1 past the end: reading past a string's end would send V8's optimized
// code back to the interpreter (and the compiler to work again) the first time it happens.
const at = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

function test(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Width in code units of the code point at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function isLetter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return test(LETTER, text, i);
}

function isLetterOrMark(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return test(LETTER_OR_MARK, text, i);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return test(SPACE, text, i);
}

/** The first token at or after `from`, or null at the end of the text. Fills and returns `out`. */
export function nextToken(text: string, from: number, out: TokenMatch): TokenMatch | null {
  const n = text.length;
  let p = from;
  while (p < n && isSpace(text, p)) p++;
  if (p >= n) return null;
  out.start = p;
  const c = text.charCodeAt(p);
  if (isLetter(text, p)) {
    // An ASCII letter not followed by a period starts no acronym: most words skip the attempt.
    const acr = c < 128 && at(text, p + 1) !== DOT ? 0 : acronymEnd(text, p);
    if (acr > 0) return fill(out, acr, 'acr');
    return fill(out, wordEnd(text, p), 'word');
  }
  if (isDigit(c)) {
    const num = numberEnd(text, p);
    if (num > 0) return fill(out, num, 'num');
    return fill(out, wordEnd(text, p), 'word');
  }
  if (c >= 128 && isLetterOrMark(text, p)) return fill(out, wordEnd(text, p), 'word');
  if (QUOTES.has(c)) return fill(out, p + 1, 'quote');
  return fill(out, p + width(text, p), 'punct');
}

function fill(out: TokenMatch, end: number, group: Group): TokenMatch {
  out.end = end;
  out.group = group;
  return out;
}

// The last run of pairs that did not match: a start inside it fails the same way (fewer pairs, the
// same letter after them), and remembering it keeps "a.a.a.…a.ab" linear instead of quadratic.
let failed = { text: '', from: 0, to: 0 };

// (?:\p{L}\.){2,}(?!\p{L}): backtracking to fewer pairs always leaves a letter next, so only the
// longest run of pairs can match.
function acronymEnd(text: string, p: number): number {
  if (p > failed.from && p < failed.to && text === failed.text) return 0;
  let q = p, pairs = 0;
  while (q < text.length && isLetter(text, q)) {
    const w = width(text, q);
    if (at(text, q + w) !== DOT) break;
    q += w + 1;
    pairs++;
  }
  if (pairs >= 2 && !isLetter(text, q)) return q;
  if (pairs >= 2) failed = { text, from: p, to: q };
  return 0;
}

// \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]): digit runs are always whole (a shorter one
// leaves a digit next, which nothing accepts). Backtracking tries the most groups first, with a
// suffix then without; one group fewer always matches, as a separator follows.
function numberEnd(text: string, p: number): number {
  const digits = (q: number) => { while (isDigit(at(text, q))) q++; return q; };
  const ends = [digits(p)];
  for (;;) {
    const e = ends[ends.length - 1]!;
    const s = at(text, e);
    if ((s === 46 || s === 44 || s === 58 || s === 47) && isDigit(at(text, e + 1))) ends.push(digits(e + 1));
    else break;
  }
  const e = ends[ends.length - 1]!;
  const free = (q: number) => q >= text.length || !(isDigit(at(text, q)) || isLetter(text, q));
  const two = text.slice(e, e + 2);
  if ((two === 'st' || two === 'nd' || two === 'rd' || two === 'th') && free(e + 2)) return e + 2;
  if (at(text, e) === 115 /* s */ && free(e + 1)) return e + 1;
  if (free(e)) return e;
  return ends.length > 1 ? ends[ends.length - 2]! : 0;
}

// [\p{L}\p{M}\d]+ then apostrophe-joined parts ("O’Brien"), never a clitic ("’s", "’re").
function wordEnd(text: string, p: number): number {
  const n = text.length;
  let q = p;
  // ASCII letters and digits by code, one code unit each; anything else by its Unicode property.
  while (q < n) {
    const c = text.charCodeAt(q);
    if (c < 128) {
      if (!isDigit(c) && !isAsciiLetter(c)) break;
      q++;
    } else if (test(LETTER_OR_MARK, text, q)) q += width(text, q);
    else break;
  }
  for (;;) {
    const a = at(text, q);
    if (a !== APOSTROPHE && a !== RIGHT_QUOTE) return q;
    if (isClitic(text, q + 1)) return q;
    let r = q + 1;
    while (r < n && isLetterOrMark(text, r)) r += width(text, r);
    if (r === q + 1) return q;
    q = r;
  }
}

function isClitic(text: string, i: number): boolean {
  for (const c of CLITICS) {
    if (text.startsWith(c, i) && !(i + c.length < text.length && isLetterOrMark(text, i + c.length))) return true;
  }
  return false;
}
