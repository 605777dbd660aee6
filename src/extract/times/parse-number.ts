import type { Cursor } from './cursor.js';

/** A count read from the text; `value` null means an unknown count ("several", "a few"). */
export interface NumberRead {
  readonly value: number | null;
  readonly end: number;
  /** Whether the count was written in digits. */
  readonly digits: boolean;
}

const PLAIN = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d)\/(\d)$/;

/**
 * Reads a count at token i: "12", "2 1/2", "twenty four", "twenty-four", "a hundred",
 * "one and a half", "a couple of", "a dozen", "several", "a few".
 *
 * @example readNumber(cursorOver("almost seven years"), 1) // { value: 7, end: 2, digits: false }
 */
export function readNumber(c: Cursor, i: number): NumberRead | null {
  const w = c.w(i);
  const k = c.k;
  if (c.isNumber(i) && PLAIN.test(w)) {
    let value = Number(w.replace(/,/g, ''));
    let end = i + 1;
    const f = FRACTION.exec(c.w(end));
    if (f && Number.isInteger(value)) { value += +f[1]! / +f[2]!; end++; }
    return { value, end, digits: true };
  }
  if (k.vagueQuantifiers.has(w)) return { value: null, end: i + 1, digits: false };
  if (w === 'a' || w === 'an') {
    const n = c.w(i + 1);
    if (n === 'few') return { value: null, end: i + 2, digits: false };
    if (k.countNouns.has(n)) return countNoun(c, i + 1, 1);
    if (k.multipliers.has(n)) return scaled(c, i + 2, k.multipliers.get(n)!);
    return { value: 1, end: i + 1, digits: false };
  }
  if (k.countNouns.has(w) && w !== 'score') return countNoun(c, i, 1);
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands') {
    return c.w(i + 1) === 'of' ? { value: null, end: i + 2, digits: false } : null;
  }
  const base = k.cardinals.get(w);
  if (base === undefined) return null;
  let value = base;
  let end = i + 1;
  // "twenty four", "twenty-four"
  if (base >= 20 && base % 10 === 0) {
    const j = c.hyphenAt(end) ? end + 1 : end;
    const unit = k.cardinals.get(c.w(j));
    if (unit !== undefined && unit > 0 && unit < 10) { value += unit; end = j + 1; }
  }
  const mult = k.multipliers.get(c.w(end));
  if (mult !== undefined) return scaled(c, end + 1, value * mult);
  if (c.w(end) === 'and' && c.w(end + 1) === 'a' && c.w(end + 2) === 'half') return { value: value + 0.5, end: end + 3, digits: false };
  return { value, end, digits: false };
}

function countNoun(c: Cursor, i: number, times: number): NumberRead {
  const n = c.k.countNouns.get(c.w(i))! * times;
  return { value: n, end: c.w(i + 1) === 'of' ? i + 2 : i + 1, digits: false };
}

// "two hundred and fifty": the remainder after a multiplier.
function scaled(c: Cursor, i: number, value: number): NumberRead {
  let j = c.w(i) === 'and' ? i + 1 : i;
  const rest = c.k.cardinals.get(c.w(j));
  if (rest !== undefined && rest > 0) {
    let v = rest;
    j++;
    if (rest >= 20 && rest % 10 === 0) {
      const h = c.hyphenAt(j) ? j + 1 : j;
      const u = c.k.cardinals.get(c.w(h));
      if (u !== undefined && u > 0 && u < 10) { v += u; j = h + 1; }
    }
    return { value: value + v, end: j, digits: false };
  }
  return { value, end: i, digits: false };
}
