/** A quotation located by its marks: the inner span (without marks) and the marks' extent. */
export interface QuoteSpan {
  /** The quoted words, without the marks and surrounding spaces. */
  readonly start: number;
  readonly end: number;
  /** From the opening mark to the closing mark (or the paragraph end when the quote runs on). */
  readonly outerStart: number;
  readonly outerEnd: number;
  /** The quote has no closing mark in this paragraph and the next paragraph opens a quote. */
  readonly continues: boolean;
  /** Both marks were found. */
  readonly closed: boolean;
  /**
   * Which marks open it: `double` (“ ” " « »), `single` (‘ ’ '), or `apostrophes` (''…'' and
   * ``…'', an old newswire encoding). Apostrophe spans mask the quoted words from the frame finder
   * but are no quotations of their own (see `markAt`).
   */
  readonly marks: 'double' | 'single' | 'apostrophes';
}

type Level = 'double' | 'single';
interface Mark { level: Level; role: 'open' | 'close' | 'either'; len: number }

// ''…'' and ``…'' are how old newswire archives (the NYT of PolNeAR) encoded “ ”: modern HTML news
// uses “ ” and ". They still pair like double marks, so the words inside are not read as the
// reporter's frame, but they are no quotations: the attribution gold counts such spans as not direct.

// invisible direction and width marks (U+200B–U+200F, U+202A–U+202E, U+2060, U+FEFF) count as space
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/;
const SPACE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-]/;
const LETTER = /[\p{L}\p{N}]/u;
// Straight apostrophes that open a clipped word, not a quote ('em, '90s, 'til, rock 'n' roll).
const CLIPPED = /^(?:em|n|til|cause|tis|twas|\d\ds?)\b/i;

function markAt(text: string, i: number, pStart: number, pEnd: number): Mark | null {
  const c = text[i]!;
  const prev = i > pStart ? text[i - 1]! : ' ';
  const next = i + 1 < pEnd ? text[i + 1]! : ' ';
  switch (c) {
    // A mark of the wrong shape is read by its spacing, as a straight one: “expedited review“ of,
    // ” … if the incumbent (word processors and hand-typed text swap them)
    case '\u201C': return { level: 'double', role: SPACE_BEFORE.test(prev) || /["\u201C\u201D]/.test(prev) ? 'open' : 'either', len: 1 };
    case '\u201E': case '\u00AB': return { level: 'double', role: 'open', len: 1 };
    case '\u201D': case '\u00BB':
      if (!SPACE_BEFORE.test(prev)) return { level: 'double', role: 'close', len: 1 };
      return { level: 'double', role: /\s/.test(next) ? 'either' : 'open', len: 1 };
    case '"': return { level: 'double', role: 'either', len: 1 };
    case '`': return next === '`' ? { level: 'double', role: 'open', len: 2 } : null;
    case '\u2018': return LETTER.test(prev) ? null : { level: 'single', role: 'open', len: 1 };
    case '\u2019': case "'": {
      if (c === "'" && next === "'") return { level: 'double', role: 'either', len: 2 };
      if (LETTER.test(prev) && LETTER.test(next)) return null; // an apostrophe inside a word
      if (c === "'" && SPACE_BEFORE.test(prev) && LETTER.test(next)) {
        return CLIPPED.test(text.slice(i + 1, i + 6)) ? null : { level: 'single', role: 'open', len: 1 };
      }
      if (SPACE_BEFORE.test(prev)) return null;
      return { level: 'single', role: 'close', len: 1 };
    }
    default: return null;
  }
}

function resolveEither(text: string, i: number, len: number, pStart: number, pEnd: number, isOpen: boolean): 'open' | 'close' {
  const before = i > pStart ? text[i - 1]! : ' ';
  const after = i + len < pEnd ? text[i + len]! : ' ';
  const spaceBefore = SPACE_BEFORE.test(before);
  const spaceAfter = SPACE_AFTER.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return isOpen ? 'close' : 'open';
}

const MAX_TAG = 400;

/** The index of the '>' closing an HTML/XML tag opened at `i`, or -1 when this is no tag. */
function tagEnd(text: string, i: number, pEnd: number): number {
  if (!/[A-Za-z/!]/.test(text[i + 1] ?? '')) return -1;
  const end = Math.min(pEnd, i + MAX_TAG);
  for (let j = i + 1; j < end; j++) {
    const c = text[j];
    if (c === '>') return j;
    if (c === '<') return -1;
  }
  return -1;
}

// One expression for every document: each search sets its start (`lastIndex`) before it runs.
const CANDIDATES = /["'`<\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/g;
const OPENING_AT_START = /^[ \t]*(?:["\u201C\u201E\u00AB]|''|``)/;

/**
 * Finds quotations by pairing their marks within each paragraph: “…”, "…", ‘…’ (outside a double
 * quote), «…», and ''…'' / ``…'' (tagged `apostrophes`: masked, not quotations). Single marks
 * inside a double quote are nested quotes and stay part of it. A quote left open at a paragraph's
 * end continues when the next paragraph opens a quote (the news convention for a quote over several
 * paragraphs). One pass over the text.
 *
 * @example findQuoteSpans('He said “no.”')  // [{ start: 9, end: 12, … }]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const candidates = new MarkFinder(text);
  let pStart = 0;
  while (pStart < text.length) {
    let pEnd = text.indexOf('\n', pStart);
    if (pEnd < 0) pEnd = text.length;
    pStart = scanParagraph(text, pStart, pEnd, out, candidates);
  }
  return out;
}

/**
 * The next character that can be a mark or open a tag, at or after a position. A search that ran
 * past a paragraph without a mark found the next one further on: it answers for every position up
 * to that mark, so a text with few marks is searched once, not once per paragraph.
 */
class MarkFinder {
  /** The last search started at `from` and found the first mark at `hit` (-1: none after `from`). */
  private from = -1;
  private hit = -1;

  constructor(private readonly text: string) {}

  next(i: number): number {
    if (this.from >= 0 && i >= this.from && (this.hit < 0 || i <= this.hit)) return this.hit;
    CANDIDATES.lastIndex = i;
    const m = CANDIDATES.exec(this.text);
    this.from = i;
    this.hit = m ? m.index : -1;
    return this.hit;
  }
}

/** Scans one paragraph; returns where the next one starts (after a tag that runs past the line end). */
function scanParagraph(text: string, pStart: number, pEnd: number, out: QuoteSpan[], candidates: MarkFinder): number {
  let next = pEnd + 1;
  let stop = pEnd;
  let dOpen = -1;
  let dLen = 0;
  let sOpen = -1;
  let nested = false;
  let nestedDouble = false;
  for (let i = pStart; i < pEnd; i++) {
    // jump to the next character that can be a mark or open a tag
    const hit = candidates.next(i);
    if (hit < 0 || hit >= pEnd) break;
    i = hit;
    if (text.charCodeAt(i) === 60 /* < */) {
      // markup (<tweet author="…">) holds attribute values, not quotations, and may run over a
      // line break (<tweet tweet-date="…\n">): the next paragraph starts after it
      const close = tagEnd(text, i, text.length);
      if (close > pEnd) {
        next = close + 1;
        stop = i;
        break;
      }
      if (close > 0) { i = close; continue; }
    }
    const m = markAt(text, i, pStart, pEnd);
    if (!m) continue;
    if (m.level === 'double') {
      let role = m.role === 'either' ? resolveEither(text, i, m.len, pStart, pEnd, dOpen >= 0) : m.role;
      // "He says,” there are …": a closing mark after a comma, with nothing open, opens
      if (role === 'close' && dOpen < 0 && /[,:]/.test(text[i - 1] ?? '') && /\s/.test(text[i + m.len] ?? '')) role = 'open';
      if (role === 'open' && dOpen >= 0 && text[dOpen] === '"' && text[i] === '\u201C' && text.slice(dOpen + 1, i).trim()) {
        // "… as “The Wall Street Journal” said …": curly marks nest inside a straight quote
        nestedDouble = true;
      } else if (role === 'close' && nestedDouble && text[i] === '\u201D') {
        nestedDouble = false;
      } else if (role === 'open') {
        // a new quotation opens before the last one closed: the writer forgot the closing mark
        if (dOpen >= 0) emit(text, out, dOpen, dOpen + dLen, i, i, false, false);
        dOpen = i;
        dLen = m.len;
        sOpen = -1;
        nested = false;
        nestedDouble = false;
      } else if (dOpen >= 0) {
        emit(text, out, dOpen, dOpen + dLen, i, i + m.len, false, true);
        dOpen = -1;
      }
    } else if (dOpen >= 0) {
      if (m.role === 'open') nested = true;
      else if (nested) nested = false;
      else if (/[.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? ' ')) {
        // “Let’s go.’ Schumer was …: a single mark closing a double quote that holds no nested one
        emit(text, out, dOpen, dOpen + dLen, i, i + 1, false, true);
        dOpen = -1;
      }
    } else {
      if (m.role === 'open') sOpen = i;
      else if (sOpen >= 0) {
        emit(text, out, sOpen, sOpen + 1, i, i + 1, false, true);
        sOpen = -1;
      }
    }
    i += m.len - 1;
  }
  if (dOpen >= 0) {
    let after = pEnd + 1;
    while (after < text.length && (text[after] === '\n' || text[after] === '\r')) after++;
    const continues = stop === pEnd && OPENING_AT_START.test(text.slice(after, after + 4));
    emit(text, out, dOpen, dOpen + dLen, stop, stop, continues, false);
  }
  return next;
}

function emit(text: string, out: QuoteSpan[], outerStart: number, start: number, end: number, outerEnd: number,
  continues: boolean, closed: boolean): void {
  const c = text[outerStart];
  const marks = c === "'" && text[outerStart + 1] === "'" || c === '`' ? 'apostrophes'
    : c === "'" || c === '\u2018' || c === '\u2019' ? 'single' : 'double';
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  // An unclosed quote that does not run on is a stray mark unless it holds a few words.
  if (!closed && !continues && !/\S+\s+\S+\s+\S+/.test(text.slice(s, e))) return;
  out.push({ start: s, end: e, outerStart, outerEnd, continues, closed, marks });
}
