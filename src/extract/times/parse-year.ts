import type { Cursor } from './cursor.js';
import { apostropheYear, comma, spelledYearAt, yearAt } from './read-calendar.js';
import { fixed, type Hit } from './spec.js';

const DECADE = /^(\d{3})0'?s$/;
const SHORT_DECADE = /^(\d)0'?s$/;
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * Years and longer periods: "1998", "'58", "fiscal 1989", "the 1990s", "the '80s", "the nineties",
 * "the 20th century", "nineteen ninety-six", "the year two thousand", "summer 1998", "the winter of 1994".
 */
export function parseYear(c: Cursor, i: number): Hit | null {
  return decade(c, i) ?? century(c, i) ?? seasonOfYear(c, i) ?? fiscalYear(c, i) ?? spelledYear(c, i) ?? plainYear(c, i);
}

function plainYear(c: Cursor, i: number): Hit | null {
  const y = yearAt(c, i);
  if (!y || !plausibleYear(c, i, y.end)) return null;
  return { start: i, end: y.end, spec: fixed('DATE', String(y.year)), mod: null };
}

/** Rejects numbers that count or cost something: "$1998", "2000 troops", "1990 to 2000 people". */
export function plausibleYear(c: Cursor, i: number, end: number): boolean {
  const prev = c.w(i - 1);
  const next = c.w(end);
  if (c.k.currencyMarks.has(prev)) return false;
  if (next === '%' || c.k.countedNouns.has(next)) return false;
  if ((next === 'to' || next === '-') && c.isNumber(end + 1) && !/^\d{4}$/.test(c.w(end + 1)) && !/^\d{2}$/.test(c.w(end + 1))) return false;
  if (prev === 'no' || prev === '#' || prev === 'number' || prev === 'flight' || prev === 'route' || prev === 'resolution') return false;
  if (c.isNumber(i - 1) || c.isNumber(end)) return false;
  return true;
}

function decade(c: Cursor, i: number): Hit | null {
  let j = i;
  if (c.w(j) === 'the') j++;
  const w = c.w(j);
  const m = DECADE.exec(w);
  if (m && c.isNumber(j)) return { start: i, end: j + 1, spec: fixed('DATE', m[1]!), mod: null };
  // "the '80s"
  if ((w === "'" || w === '’') && c.attached(j + 1)) {
    const s = SHORT_DECADE.exec(c.w(j + 1)) ?? SHORT_DECADE.exec(`${c.w(j + 1)}s`);
    if (s && /s$/.test(c.w(j + 1))) return { start: i, end: j + 2, spec: fixed('DATE', `19${s[1]}`), mod: null };
  }
  // "the nineties" needs "the": "nineties" alone is usually an age
  if (j > i) {
    const d = c.k.decadeWords.get(w);
    if (d !== undefined) return { start: i, end: j + 1, spec: fixed('DATE', `19${d}`), mod: null };
  }
  return null;
}

// "the 20th century", and without the article as an adjective ("an 11th century temple")
function century(c: Cursor, i: number): Hit | null {
  const j = c.w(i) === 'the' ? i + 1 : i;
  const w = c.w(j);
  const m = CENTURY.exec(w);
  const n = m ? +m[1]! : c.k.ordinals.get(w);
  const unit = c.w(j + 1);
  if (n === undefined || n < 1 || n > 22 || (unit !== 'century' && unit !== 'centuries')) return null;
  return { start: i, end: j + 2, spec: fixed('DATE', String(n - 1).padStart(2, '0')), mod: null };
}

function seasonOfYear(c: Cursor, i: number): Hit | null {
  let j = c.w(i) === 'the' ? i + 1 : i;
  const s = c.k.seasons.get(c.w(j));
  if (s === undefined) return null;
  j++;
  const at = c.w(j) === 'of' ? j + 1 : comma(c, j);
  const y = yearAt(c, at) ?? apostropheYear(c, at);
  if (!y) return null;
  return { start: i, end: y.end, spec: fixed('DATE', `${y.year}-${s}`), mod: null };
}

function fiscalYear(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  const fy = /^fy'?(\d{2}|\d{4})$/.exec(w);
  if (fy) return { start: i, end: i + 1, spec: fixed('DATE', fullYear(fy[1]!)), mod: null };
  if (w !== 'fiscal') return null;
  let j = i + 1;
  if (c.w(j) === 'year') j++;
  const y = yearAt(c, j);
  if (!y) return null;
  return { start: i, end: y.end, spec: fixed('DATE', String(y.year)), mod: null };
}

function fullYear(s: string): string {
  if (s.length === 4) return s;
  const yy = +s;
  return String(yy <= 30 ? 2000 + yy : 1900 + yy);
}

/** "nineteen ninety-six", "the year two thousand", "two thousand and one". */
function spelledYear(c: Cursor, i: number): Hit | null {
  const lead = c.w(i) === 'the' && c.w(i + 1) === 'year';
  const y = spelledYearAt(c, lead ? i + 2 : i, lead);
  if (!y) return null;
  return { start: i, end: y.end, spec: fixed('DATE', String(y.year)), mod: null };
}
