import type { Cursor } from './cursor.js';

/** Small readers the date parsers share: years, days of the month, month and weekday names. */

const YEAR4 = /^(\d{4})$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const TWO_DIGITS = /^(\d{2})$/;

/** A four-digit year at i (1900–2099, or 1000–2199 after "in", "since" …), or null. */
export function yearAt(c: Cursor, i: number): { year: number; end: number } | null {
  if (!c.isNumber(i)) {
    const kind = c.kind(i);
    return kind === 'word' ? spelledYearAt(c, i, false) : kind === 'quote' ? apostropheYear(c, i) : null;
  }
  const m = YEAR4.exec(c.w(i));
  if (!m) {
    const two = apostropheYear(c, i);
    return two;
  }
  const y = +m[1]!;
  if (y < 1000 || y > 2199) return null;
  if ((y < 1900 || y > 2099) && !c.k.yearContext.has(c.w(i - 1))) return null;
  return { year: y, end: i + 1 };
}

/** "'58" (the quote token before the number) → 1958; i points at the quote or the number. */
export function apostropheYear(c: Cursor, i: number): { year: number; end: number } | null {
  let j = i;
  const w = c.w(j);
  if (w === "'" || w === '’') j++;
  else if (!(c.w(i - 1) === "'" || c.w(i - 1) === '’')) return null;
  // ''60 Minutes'': a closing or doubled quote, not an elided century
  const q = j - 1;
  if (c.kind(q - 1) === 'quote' || c.attached(q) && c.kind(q - 1) === 'word') return null;
  if (!c.isNumber(j) || !c.attached(j)) return null;
  const m = TWO_DIGITS.exec(c.w(j));
  if (!m) return null;
  const yy = +m[1]!;
  return { year: yy <= 30 ? 2000 + yy : 1900 + yy, end: j + 1 };
}

/**
 * A year in words: "nineteen ninety-six", "two thousand and one"; "two thousand" alone is a
 * count unless `named` ("the year two thousand").
 */
export function spelledYearAt(c: Cursor, i: number, named: boolean): { year: number; end: number } | null {
  const hi = c.k.cardinals.get(c.w(i));
  if (hi === undefined) return null;
  if ((hi >= 15 && hi < 20) || (hi === 20 && c.w(i + 1) !== 'thousand')) {
    const tens = c.k.cardinals.get(c.w(i + 1));
    if (tens === undefined || tens < 20 || tens % 10 !== 0) return null;
    let year = hi * 100 + tens;
    let end = i + 2;
    const h = c.hyphenAt(end) ? end + 1 : end;
    const unit = c.k.cardinals.get(c.w(h));
    if (unit !== undefined && unit > 0 && unit < 10) { year += unit; end = h + 1; }
    return { year, end };
  }
  if (hi === 2 && c.w(i + 1) === 'thousand') {
    let end = i + 2;
    let year = 2000;
    const k = c.w(end) === 'and' ? end + 1 : end;
    const rest = c.k.cardinals.get(c.w(k));
    if (rest !== undefined && rest > 0 && rest < 30) { year += rest; end = k + 1; }
    if (!named && year === 2000) return null;
    return { year, end };
  }
  return null;
}

/** A day of the month at i: "30", "3rd", "eighth". */
export function dayAt(c: Cursor, i: number): number | null {
  const w = c.w(i);
  if (c.isNumber(i)) {
    const m = DAY.exec(w);
    if (!m) return null;
    const d = +m[1]!;
    return d >= 1 && d <= 31 ? d : null;
  }
  const o = c.k.ordinals.get(w);
  return o !== undefined && o <= 31 ? o : null;
}

/** A month name at i, capitalized as a name must be ("may" the verb is not May). */
export function monthAt(c: Cursor, i: number): number | null {
  const m = c.k.months.get(c.w(i));
  if (m === undefined || !c.isCapitalized(i)) return null;
  // "Mar" without its period is a word, "Jun", "Dec" likewise rare as names
  const t = c.tok(i)!;
  if (t.text.length <= 4 && !t.text.endsWith('.') && c.k.ambiguousMonths.has(c.w(i)) && c.w(i) !== 'may') return null;
  return m;
}

/** A weekday name at i (full names, or abbreviations with their period). */
export function weekdayAt(c: Cursor, i: number): number | null {
  const w = c.w(i);
  const d = c.k.weekdays.get(w);
  if (d === undefined || !c.isCapitalized(i)) return null;
  if (c.k.ambiguousWeekdays.has(w) && !c.tok(i)!.text.endsWith('.')) return null;
  return d;
}

/** Skips an optional comma at i. */
export function comma(c: Cursor, i: number): number {
  return c.w(i) === ',' ? i + 1 : i;
}
