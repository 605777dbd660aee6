import type { UnitName } from '../../lang/en/times/index.js';
import type { Cursor } from './cursor.js';
import { parseDate } from './parse-date.js';
import { comma, dayAt, monthAt, weekdayAt, yearAt } from './read-calendar.js';
import type { Anchor, CalendarFields, Hit, TimeSpec } from './spec.js';

/** A direction phrase: "last", "the following", "this coming", "this past", "the same". */
interface Direction { readonly dir: number; readonly the: boolean; readonly end: number; readonly word: string }

function readDirection(c: Cursor, i: number): Direction | null {
  let j = i;
  const the = c.w(j) === 'the';
  if (the) j++;
  const w = c.w(j);
  let dir = c.k.directions.get(w);
  if (dir === undefined) return null;
  j++;
  // "that same day"
  if (w === 'that' && c.w(j) === 'same') return { dir: 0, the: true, end: j + 1, word: 'same' };
  // "this coming Sunday", "this past spring"
  if (w === 'this') {
    const next = c.k.directions.get(c.w(j));
    if (next !== undefined && next !== 0) { dir = next; j++; }
  }
  return { dir, the, end: j, word: w };
}

const shift = (type: 'DATE' | 'TIME', unit: UnitName, amount: number, anchor: Anchor, fields: CalendarFields = {}): TimeSpec =>
  ({ kind: 'shift', type, unit, amount, anchor, fields });

/**
 * Expressions relative to the document date or the last date mentioned: "today", "last night",
 * "this morning", "last week", "the following day", "next year's first quarter", "last Friday",
 * "this summer", "earlier this month", "January this year".
 */
export function parseRelative(c: Cursor, i: number): Hit | null {
  return dayWord(c, i) ?? earlierLater(c, i) ?? monthRelativeYear(c, i) ?? directed(c, i) ?? theUnit(c, i);
}

const ENDED = new Set(['ended', 'ending', 'ends', 'through', 'to']);

/**
 * "the weekend" (the one the tense points to), "the week", "the year" / "the full year" /
 * "the fiscal year" / "the current fiscal year" (the document's), "the latest fiscal year" (the
 * last one closed), "the year ended March 31" (a year-long span), and "the summer", "the early
 * summer" (the one the tense points to).
 */
function theUnit(c: Cursor, i: number): Hit | null {
  if (c.w(i) !== 'the') return null;
  let j = i + 1;
  const latest = c.w(j) === 'latest';
  if ((latest || c.w(j) === 'current') && (c.w(j + 1) === 'fiscal' || c.w(j + 1) === 'full')) j++;
  if (c.w(j) === 'full' || c.w(j) === 'fiscal') j++;
  const head = c.w(j);
  if (head === 'weekend') return { start: i, end: j + 1, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { weekend: true }, dir: null } };
  const season = theSeason(c, i, j);
  if (season) return season;
  if (head !== 'year' && head !== 'week') return null;
  if (head === 'week' && c.w(j + 1) === 'of') return weekOf(c, i, j + 2);
  // "the year's end", "the year-ago quarter", "the year 2000" belong to other parsers
  if (head === 'year' && c.w(j + 1) === "'s" && c.w(j + 2) !== 'end' || c.hyphenAt(j + 1) || c.isNumber(j + 1)) return null;
  if (head === 'year' && ENDED.has(c.w(j + 1))) return { start: i, end: j + 1, mod: null, spec: { kind: 'fixed', type: 'DURATION', value: 'P1Y' } };
  // "the week's most active session" is the week of the days just told; "the year" the document's
  if (head === 'week') return { start: i, end: j + 1, mod: null, spec: { kind: 'shift', type: 'DATE', unit: 'week', amount: 0, anchor: 'ref', fields: {} } };
  return { start: i, end: j + 1, mod: null, spec: { kind: 'shift', type: 'DATE', unit: 'year', amount: latest ? -1 : 0, anchor: 'dct', fields: {} } };
}

// "the summer", "the early summer", not "the fall" (of a wall, of prices)
function theSeason(c: Cursor, i: number, j: number): Hit | null {
  const mod = c.k.prefixMods.get(c.w(j));
  const k = mod === 'START' || mod === 'END' || mod === 'MID' ? j + 1 : j;
  const season = c.k.seasons.get(c.w(k));
  if (season === undefined || c.w(k) === 'fall' || c.w(k + 1) === 'of' || c.hyphenAt(k + 1)) return null;
  return { start: i, end: k + 1, mod: k > j ? mod! : null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { season }, dir: null } };
}

// "the week of March 6"
function weekOf(c: Cursor, i: number, k: number): Hit | null {
  const date = parseDate(c, k);
  if (!date || date.start !== k || date.spec.kind !== 'calendar' || date.spec.fields.day === undefined) return null;
  return { ...date, start: i, spec: { ...date.spec, fields: { ...date.spec.fields, weekOf: true } } };
}

function dayWord(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  if (w === 'tonight') return { start: i, end: i + 1, mod: null, spec: shift('TIME', 'day', 0, 'dct', { pod: 'NI' }) };
  const n = c.k.dayWords.get(w);
  if (n === undefined) return null;
  // "today's world", "today's personal computers", "the people of tomorrow": the present or the
  // future in general, which news annotation leaves out ("today's vote" is the day)
  if (c.w(i + 1) === "'s" && (c.k.genericNouns.has(c.w(i + 2)) || c.k.genericNouns.has(c.w(i + 3)))) return null;
  if (c.w(i - 1) === 'of' && c.k.genericNouns.has(c.w(i - 2))) return null;
  return { start: i, end: i + 1, mod: null, spec: shift('DATE', 'day', n, 'dct') };
}

// "earlier this year", "later this month": the same period as without the adverb.
function earlierLater(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  if (w !== 'earlier' && w !== 'later') return null;
  // the adverb belongs to the span: "earlier this month", "later today", "earlier Sunday"
  const inner = directed(c, i + 1) ?? dayWord(c, i + 1);
  if (inner && inner.spec.kind === 'shift' && (inner.spec.amount === 0 || inner.spec.unit === 'day')) return { ...inner, start: i };
  const wd = weekdayAt(c, i + 1);
  if (wd !== null) return { start: i, end: i + 2, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { weekday: wd }, dir: null } };
  return null;
}

// "January this year", "June last year", "March of next year"
function monthRelativeYear(c: Cursor, i: number): Hit | null {
  const month = monthAt(c, i);
  if (month === null) return null;
  let j = i + 1;
  if (c.w(j) === 'of') j++;
  const d = readDirection(c, j);
  if (!d || d.the || c.w(d.end) !== 'year') return null;
  return { start: i, end: d.end + 1, mod: null, spec: shift('DATE', 'year', d.dir, 'dct', { month }) };
}

function directed(c: Cursor, i: number): Hit | null {
  const d = readDirection(c, i);
  if (!d) return null;
  const j = d.end;
  const head = c.w(j);
  const anchor: Anchor = d.word === 'that' || d.the && d.word !== 'past' && d.word !== 'last' && d.word !== 'current' && d.word !== 'this' ? 'ref' : 'dct';

  // "last night", "this morning", "the next morning"
  const pod = c.k.partsOfDay.get(head);
  if (pod !== undefined && !pod.startsWith('T')) {
    if (d.word === 'last' && (head === 'night' || head === 'evening')) return { start: i, end: j + 1, mod: null, spec: shift('TIME', 'day', -1, 'dct', { pod }) };
    if (d.word === 'this' && !d.the) return { start: i, end: j + 1, mod: null, spec: shift('TIME', 'day', 0, 'dct', { pod }) };
    if (d.the && d.dir === 1) return { start: i, end: j + 1, mod: null, spec: shift('TIME', 'day', 1, 'ref', { pod }) };
    return null;
  }
  const wd = weekdayAt(c, j);
  // "the previous Friday" counts from the day under discussion, "last Friday" from today
  if (wd !== null) return { start: i, end: j + 1, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { weekday: wd }, dir: d.dir, fromRef: d.the && d.dir !== 0 } };
  const month = monthAt(c, j);
  if (month !== null && !d.the) return directedMonth(c, i, j, month, d.dir);
  const holiday = c.isCapitalized(j) ? c.phrase(c.k.holidays, j, 3) : null;
  if (holiday) return { start: i, end: holiday.end, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { holiday: holiday.value }, dir: d.dir } };
  const season = c.k.seasons.get(head);
  if (season !== undefined) return { start: i, end: j + 1, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { season }, dir: d.dir } };

  const unit = c.k.units.get(head);
  if (!unit || head.endsWith('s') && unit.unit !== 'weekend' && head !== 'weekends' || head === 'weekends') return null;
  if (unit.unit === 'weekend') {
    return { start: i, end: j + 1, mod: null, spec: shift('DATE', 'week', d.dir, anchor, { weekend: true }) };
  }
  if (unit.unit === 'quarter' && (d.dir === 0)) {
    const current = d.word === 'current' || d.word === 'present';
    return { start: i, end: j + 1, mod: null, spec: { kind: 'quarter', type: 'DATE', yearShift: 0, current } };
  }
  if (unit.clock) return null;
  // "the same day", "the following year", "last year", "this week"
  const amount = d.word === 'same' ? 0 : d.dir;
  const base: Hit = { start: i, end: j + 1, mod: null, spec: shift('DATE', unit.unit, amount, d.word === 'same' ? 'ref' : anchor) };
  return possessivePart(c, base, j + 1) ?? base;
}

// "last April", "last Oct. 23" (the day goes with the month, not with what follows)
function directedMonth(c: Cursor, i: number, j: number, month: number, dir: number): Hit {
  const day = dayAt(c, j + 1);
  if (day === null || c.k.countedNouns.has(c.w(j + 2)) || c.k.units.has(c.w(j + 2))) {
    return { start: i, end: j + 1, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { month }, dir } };
  }
  const y = yearAt(c, comma(c, j + 2));
  const fields: CalendarFields = y ? { year: y.year, month, day } : { month, day };
  return { start: i, end: y ? y.end : j + 2, mod: null, inferred: !y, spec: { kind: 'calendar', type: 'DATE', fields, dir } };
}

// "last year's third quarter", "next year's first half", "this year's summer"
function possessivePart(c: Cursor, base: Hit, j: number): Hit | null {
  if (base.spec.kind !== 'shift' || base.spec.unit !== 'year' || c.w(j) !== "'s") return null;
  let k = j + 1;
  if (c.w(k) === 'fiscal') k++;
  const ord = c.k.ordinals.get(c.w(k));
  const what = c.w(k + 1);
  if (ord !== undefined && (what === 'quarter' || what === 'half') && ord <= (what === 'quarter' ? 4 : 2)) {
    const fields: CalendarFields = what === 'quarter' ? { quarter: ord } : { half: ord };
    return { ...base, end: k + 2, spec: { ...base.spec, fields } };
  }
  if (c.w(k) === 'quarter' || c.w(k) === 'period') {
    return { ...base, end: k + 1, spec: { kind: 'quarter', type: 'DATE', yearShift: base.spec.amount } };
  }
  const season = c.k.seasons.get(c.w(k));
  if (season !== undefined) return { ...base, end: k + 1, spec: { ...base.spec, fields: { season } } };
  return null;
}
