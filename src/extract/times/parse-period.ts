import type { Cursor } from './cursor.js';
import { yearAt } from './read-calendar.js';
import type { CalendarFields, Hit, TimeSpec } from './spec.js';

const QUARTER_WORDS = new Set(['quarter', 'period']);

/**
 * Business periods: "the third quarter", "third-quarter", "the 1988 second quarter",
 * "the fourth quarter of 1989", "the fiscal first quarter", "fiscal 1989 third quarter", "the first
 * half of fiscal 1990", "the first half", "the quarter",
 * "the latest quarter", "the year-ago quarter", "year-earlier", "Q3".
 */
export function parsePeriod(c: Cursor, i: number): Hit | null {
  return yearAgo(c, i) ?? ordinalPeriod(c, i) ?? contextQuarter(c, i);
}

function ordinalPeriod(c: Cursor, i: number): Hit | null {
  let j = i;
  const the = c.w(j) === 'the' || c.w(j) === 'its' || c.w(j) === 'a';
  if (the) j++;
  let year: number | undefined;
  let adjective = false;
  // "the 1988 second quarter", "fiscal 1989 third quarter", "fiscal 1990's first quarter"
  const fiscalYear = c.w(j) === 'fiscal' && yearAt(c, j + 1) !== null;
  const y0 = yearAt(c, fiscalYear ? j + 1 : j);
  if (y0 && (the || fiscalYear)) { year = y0.year; j = y0.end; if (c.w(j) === "'s") j++; }
  const fiscal = fiscalYear || c.w(j) === 'fiscal';
  if (c.w(j) === 'fiscal') { j++; if (c.hyphenAt(j)) j++; }
  const qw = /^q([1-4])$/.exec(c.w(j));
  let n: number | undefined;
  let what: string;
  if (qw && c.tok(j)!.text.startsWith('Q')) { n = +qw[1]!; what = 'quarter'; j++; } else {
    n = c.k.ordinals.get(c.w(j));
    if (n === undefined) {
      if (c.w(j) === 'final' || c.w(j) === 'last') n = -1; else return null;
    }
    j++;
    if (c.hyphenAt(j)) { j++; adjective = true; }
    what = c.w(j);
    if (what !== 'quarter' && what !== 'half') return null;
    j++;
  }
  const max = what === 'quarter' ? 4 : 2;
  if (n === -1) n = max;
  if (n < 1 || n > max) return null;
  // "the fourth quarter of 1989", "the first half of next year" (the year part is parsed as its own hit by the relative parser otherwise)
  if (year === undefined && c.w(j) === 'of') {
    const y = yearAt(c, c.w(j + 1) === 'fiscal' ? j + 2 : j + 1);
    if (y) { year = y.year; j = y.end; }
  }
  if (year === undefined) {
    const y = yearAt(c, j);
    if (y && !c.isNumber(y.end)) { year = y.year; j = y.end; }
  }
  const fields: CalendarFields = what === 'quarter' ? { quarter: n } : { half: n };
  const spec: TimeSpec = year !== undefined
    ? { kind: 'fixed', type: 'DATE', value: `${year}-${what === 'quarter' ? 'Q' : 'H'}${n}` }
    : { kind: 'calendar', type: 'DATE', fields, dir: null };
  // "third-quarter" is an adjective: its determiner belongs to the noun after it; "its" never counts
  const keepDeterminer = c.w(i) === 'the' && (!adjective || year !== undefined);
  return { start: the && !keepDeterminer ? i + 1 : i, end: j, spec, mod: null, inferred: year === undefined, setsContext: !fiscal };
}

// "the quarter", "the latest quarter", "this quarter", "the current quarter", "the latest period"
function contextQuarter(c: Cursor, i: number): Hit | null {
  let j = i;
  if (c.w(j) !== 'the' && c.w(j) !== 'this' && c.w(j) !== 'that') return null;
  const det = c.w(j);
  j++;
  const latest = c.w(j) === 'latest' || c.w(j) === 'most';
  if (c.w(j) === 'most' && c.w(j + 1) === 'recent') j++;
  // "the 1988 period", "the 1989 quarter": the quarter under discussion, in that year
  const y = det === 'the' ? yearAt(c, j) : null;
  if (y) j = y.end;
  const adj = c.k.currentPeriodWords.has(c.w(j));
  // "the current quarter" is the document's; "this quarter's loss" is the one reported on
  const current = c.w(j) === 'current';
  if (adj) j++;
  const head = c.w(j);
  if (head !== 'quarter' && !(head === 'period' && (adj || y))) return null;
  if (det === 'the' && !adj && c.w(j + 1) === 'of') return null;
  // "the quarter a year ago", "the corresponding period last year": the same quarter a year back
  const back = yearBack(c, j + 1);
  if (back > j + 1 && !y) return { start: i, end: back, mod: null, spec: { kind: 'quarter', type: 'DATE', yearShift: -1 } };
  return { start: i, end: j + 1, mod: null, spec: { kind: 'quarter', type: 'DATE', yearShift: 0, year: y?.year, latest, current } };
}

// "a year ago", "a year earlier", "last year" after a quarter: where that phrase ends, else i
function yearBack(c: Cursor, i: number): number {
  if (c.w(i) === 'a' && c.w(i + 1) === 'year' && (c.w(i + 2) === 'ago' || c.w(i + 2) === 'earlier')) return i + 3;
  if (c.w(i) === 'last' && c.w(i + 1) === 'year') return i + 2;
  return i;
}

// "year-ago", "year-earlier", "the year-ago quarter", "the comparable year-earlier period", "the quarter a year ago"
function yearAgo(c: Cursor, i: number): Hit | null {
  let j = i;
  const the = c.w(j) === 'the' || c.w(j) === 'a';
  if (the) j++;
  if (c.k.currentPeriodWords.has(c.w(j))) j++;
  if (c.w(j) !== 'year' || !c.hyphenAt(j + 1)) return null;
  const w = c.w(j + 2);
  if (w !== 'ago' && w !== 'earlier') return null;
  j += 3;
  const ord = c.k.ordinals.get(c.w(j));
  if (ord !== undefined && ord <= 4 && c.w(j + 1) === 'quarter') {
    return { start: i, end: j + 2, mod: null, spec: { kind: 'shift', type: 'DATE', unit: 'year', amount: -1, anchor: 'dct', fields: { quarter: ord } } };
  }
  if (QUARTER_WORDS.has(c.w(j))) return { start: i, end: j + 1, mod: null, spec: { kind: 'quarter', type: 'DATE', yearShift: -1 } };
  // "year-earlier" alone is an adjective: "the"/"a" stays outside ("a year-earlier loss")
  return { start: the ? i + 1 : i, end: j, mod: null, spec: { kind: 'shift', type: 'DATE', unit: 'year', amount: -1, anchor: 'dct', fields: {}, followsQuarter: true } };
}
