import type { Token } from '../../core/analysis.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';

/** A token range [start, end) holding a noun phrase. */
export interface Span { readonly start: number; readonly end: number }

/**
 * Where the subject of a verb group lies: `np` (a noun phrase before it), `apposition` (a phrase
 * between commas before it, used when the phrase before the commas names no actor), `antecedent`
 * (the phrase before "which"/"who"), `inherit` (no subject of its own: "…, offering", "and suggested").
 *
 * @example findSubject(tokens, sentence, groupStart, words)  // { kind: 'np', span: { start: 0, end: 1 } }
 */
export interface SubjectSpans {
  readonly kind: 'np' | 'antecedent' | 'inherit';
  readonly spans: readonly Span[];
}

const TIME_WORDS = /^(?:today|yesterday|tonight|again|also|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const LIST_OPENERS = new Set(['including', 'led', 'headed', 'ranging', 'notably', 'especially', 'particularly']);
const HELP = new Set(['help', 'helps', 'helped', 'helping']);
const HARD_STOPS = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '«', '»']);

/** Scans left from `end` (exclusive) to the start of the noun phrase (clause boundary or sentence start). */
function scanLeft(tokens: readonly Token[], sentStart: number, end: number, words: ClauseWords): number {
  let k = end - 1;
  while (k >= sentStart) {
    const t = tokens[k]!;
    const w = t.lower;
    // "The Hizbollah (Party of God) group": a parenthesis inside the phrase is stepped over
    if (t.text === ')') {
      let open = k - 1;
      while (open >= sentStart && open > k - 8 && tokens[open]!.text !== '(') open--;
      if (open >= sentStart && tokens[open]!.text === '(') { k = open - 1; continue; }
    }
    if (HARD_STOPS.has(t.text) || t.kind === 'quote' && !(w === '’' || w === "'")) break;
    if (words.subordinators.has(w) || words.relatives.has(w) || words.clauseVerbs.has(w)) break;
    if ((w === 'and' || w === 'but') && k + 1 < end && words.clauseVerbs.has(tokens[k + 1]!.lower)) break;
    k--;
  }
  return k + 1;
}

export function findSubject(tokens: readonly Token[], sentStart: number, groupStart: number, words: ClauseWords): SubjectSpans {
  const before = groupStart - 1;
  if (before < sentStart) return { kind: 'inherit', spans: [] };
  const prev = tokens[before]!;
  const w = prev.lower;
  if (w === 'and' || w === 'but' || w === 'or' || w === ',' && isParticipleClause(tokens, groupStart)) return { kind: 'inherit', spans: [] };
  // "to help support", "helped negotiate": the helper's subject does the helped act
  if (HELP.has(w)) return { kind: 'inherit', spans: [] };
  if (words.relatives.has(w) || w === 'that' && isRelativeThat(tokens, sentStart, before, words)) {
    let e = before;
    if (tokens[e - 1]?.text === ',') e--;
    return { kind: 'antecedent', spans: [{ start: scanLeft(tokens, sentStart, e, words), end: e }] };
  }
  if (w === ',') {
    // "Pakistan, a key U.S. ally in the war on terror, has refused": the phrase before the commas first
    let open = -1;
    for (let j = before - 1; j >= sentStart; j--) {
      const t = tokens[j]!;
      if (t.text === ',') { open = j; break; }
      if (HARD_STOPS.has(t.text) || words.clauseVerbs.has(t.lower)) break;
    }
    if (open > sentStart) {
      const inner = { start: open + 1, end: before };
      if (words.relatives.has(tokens[open + 1]!.lower)) {
        return { kind: 'np', spans: [{ start: scanLeft(tokens, sentStart, open, words), end: open }] };
      }
      return { kind: 'np', spans: [{ start: scanLeft(tokens, sentStart, open, words), end: open }, inner] };
    }
  }
  const start = scanLeft(tokens, sentStart, groupStart, words);
  if (start >= groupStart) return { kind: 'inherit', spans: [] };
  return { kind: 'np', spans: [{ start, end: groupStart }] };
}

/** ", offering support": a participle right after a comma has no subject of its own. */
function isParticipleClause(tokens: readonly Token[], groupStart: number): boolean {
  const w = tokens[groupStart]!.lower;
  return w.endsWith('ing') || w.endsWith('ed');
}

/** "the group that has seized": "that" right after a noun with no subject between it and the verb. */
function isRelativeThat(tokens: readonly Token[], sentStart: number, at: number, words: ClauseWords): boolean {
  const prev = tokens[at - 1];
  if (!prev || at - 1 < sentStart) return false;
  return prev.kind === 'word' && !words.clauseVerbs.has(prev.lower) && !/(?:ed|s)$/.test(prev.lower) || prev.text[0] !== prev.lower[0];
}

/**
 * The phrases after a verb or noun, up to the end of its clause: the direct object (`obj`) and the
 * first phrase after each preposition. "of" and a possessive continue the phrase they are in.
 *
 * @example findComplements(tokens, 5, sentEnd, words).get('with')  // "with Kazakhstan’s President Tokayev"
 */
export function findComplements(tokens: readonly Token[], from: number, sentEnd: number, words: ClauseWords,
  isHead: (i: number) => boolean, isListComma: (i: number) => boolean): Map<string, Span> {
  const out = new Map<string, Span>();
  let key = 'obj';
  let segStart = from;
  let i = from;
  // a preposition seen again keeps its first phrase under its name and the next ones as "to#2", "to#3"
  const close = (end: number) => {
    if (end <= segStart) return;
    let name = key;
    for (let n = 2; out.has(name); n++) name = `${key}#${n}`;
    out.set(name, { start: segStart, end });
  };
  for (; i < sentEnd; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    // "domestic producers as well as foreign exporters": a coordination, not a clause
    if (w === 'as' && tokens[i + 1]?.lower === 'well' && tokens[i + 2]?.lower === 'as') { i += 2; continue; }
    if (HARD_STOPS.has(t.text) || t.text === '.' || words.objectStops.has(w) && !(w === 'as' && key === 'obj')) break;
    if (t.text === ',') {
      // a comma goes on only inside a list of names ("the UAE, Bahrain and Morocco") or before words that
      // say who is in the phrase ("including", "led by", "ranging from")
      const next = tokens[i + 1];
      if (!next || !(isListComma(i) || LIST_OPENERS.has(next.lower))) break;
      continue;
    }
    if (i > from && isHead(i)) break;
    if (w === 'to' && isHead(i + 1)) break;
    if (words.prepositions.has(w) && w !== 'of' && w !== 'including') {
      close(i);
      key = w;
      segStart = i + 1;
    }
  }
  close(i);
  return out;
}

/** The subject of a that-clause right after the verb ("demanded that the US cancel"): up to its verb group. */
export function thatClauseSubject(tokens: readonly Token[], from: number, sentEnd: number, words: ClauseWords): Span | null {
  let i = from;
  // "reiterated its demand today that Israel …": a time word may come first
  while (i < from + 3 && i < sentEnd && TIME_WORDS.test(tokens[i]!.lower)) i++;
  if (tokens[i]?.lower !== 'that') return null;
  const start = ++i;
  for (; i < sentEnd && i < start + 12; i++) {
    const w = tokens[i]!.lower;
    if (words.auxiliaries.has(w) || ['must', 'should', 'will', 'would', 'could', 'can', 'may', 'might', 'not'].includes(w)) break;
    if (tokens[i]!.text === ',' || tokens[i]!.text === ';') return null;
  }
  return i > start ? { start, end: i } : null;
}
