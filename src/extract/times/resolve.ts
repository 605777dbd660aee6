import type { TimexType } from '../../core/contract.js';
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad, quarterOf, toSerial, weekday, type Ymd,
} from './calendar-math.js';
import { holidayDate } from './holiday.js';
import type { CalendarFields, TimeSpec } from './spec.js';
import type { Tense } from './tense.js';

/** What resolution needs besides the expression: the document date and the discourse so far. */
export interface Discourse {
  readonly dct: Ymd;
  /**
   * The last dates mentioned at day, month and year precision, with their sentence: "the
   * following day" needs a day, "later that year" only a year. A value sets one object for every
   * precision it has, so `month !== day` means a month was told after the last day.
   */
  refs: { day: RefPoint | null; month: RefPoint | null; year: RefPoint | null };
  /** The last quarter mentioned ("the quarter" and "a year ago" follow it in results stories). */
  quarter: { y: number; q: number } | null;
}

export interface RefPoint { readonly at: Ymd; readonly sentence: number }

/** An empty discourse for a document date. */
export function newDiscourse(dct: Ymd): Discourse {
  return { dct, refs: { day: null, month: null, year: null }, quarter: null };
}

const PRECISION: Record<string, 'day' | 'month' | 'year'> = {
  day: 'day', week: 'day', weekend: 'day', hour: 'day', minute: 'day', second: 'day',
  month: 'month', quarter: 'month', half: 'month', year: 'year', decade: 'year', century: 'year',
};

export interface Resolved { readonly type: TimexType; readonly value: string | null }

/**
 * Resolves a parsed expression to its TIMEX3 value.
 *
 * @example resolve(lastWeekSpec, { dct: {y: 1998, m: 3, d: 1}, … }, -1, 0) // { type: 'DATE', value: '1998-W08' }
 */
export function resolve(spec: TimeSpec, d: Discourse, tense: Tense, sentence: number): Resolved {
  switch (spec.kind) {
    case 'fixed': return { type: spec.type, value: spec.value };
    case 'quarter': {
      // "the same period last year" with no quarter under discussion: the year before the one told
      if (spec.yearShift < 0 && !d.quarter && !spec.latest && !spec.current && spec.year === undefined) {
        return { type: spec.type, value: String((d.refs.year?.at.y ?? d.dct.y) + spec.yearShift) };
      }
      const base = spec.current ? { y: d.dct.y, q: quarterOf(d.dct.m) } : (!spec.latest && d.quarter) || previousQuarter(d.dct);
      return { type: spec.type, value: `${(spec.year ?? base.y) + spec.yearShift}-Q${base.q}` };
    }
    case 'shift': return { type: spec.type, value: resolveShift(spec, d, sentence) };
    case 'calendar': {
      const from = spec.fromRef && d.refs.day ? d.refs.day.at : d.dct;
      const value = resolveCalendar(spec.fields, spec.dir ?? tense, spec.dir !== null, from);
      return { type: spec.type, value: spec.fields.weekOf ? weekOfValue(value) : value };
    }
  }
}

// "the week of March 6": the week of the resolved day
function weekOfValue(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? fmtWeek({ y: +m[1]!, m: +m[2]!, d: +m[3]! }) : day;
}

// A quarter under discussion is this year's business: within four quarters of the document date.
function recentQuarter(q: { y: number; q: number }, dct: Ymd): boolean {
  const diff = dct.y * 4 + quarterOf(dct.m) - (q.y * 4 + q.q);
  return diff >= -1 && diff <= 4;
}

function previousQuarter(dct: Ymd): { y: number; q: number } {
  const q = quarterOf(dct.m) - 1;
  return q === 0 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q };
}

function resolveShift(s: Extract<TimeSpec, { kind: 'shift' }>, d: Discourse, sentence: number): string {
  // "most recently last October, when he was killed … crossed out that same day": a day of the
  // month told last, which day unknown
  const month = d.refs.month;
  if (s.unit === 'day' && s.anchor !== 'dct' && month && month !== d.refs.day && (s.anchor === 'ref' || month.sentence === sentence)) {
    return `${fmtMonth(month.at)}-XX`;
  }
  const ref = d.refs[PRECISION[s.unit] ?? 'day'];
  const a = s.anchor === 'dct' || !ref ? d.dct
    : s.anchor === 'ref' || ref.sentence === sentence ? ref.at : d.dct;
  const f = s.fields;
  switch (s.unit) {
    case 'day': return withPod(fmtDay(addDays(a, s.amount)), f.pod);
    case 'week': return fmtWeek(addDays(a, 7 * s.amount)) + (f.weekend ? '-WE' : '');
    case 'weekend': return `${fmtWeek(addDays(a, 7 * s.amount))}-WE`;
    case 'month': return fmtMonth(addMonths(a, s.amount));
    case 'quarter': {
      const n = a.y * 4 + quarterOf(a.m) - 1 + s.amount;
      return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
    }
    case 'half': {
      const n = a.y * 2 + (a.m > 6 ? 1 : 0) + s.amount;
      return `${Math.floor(n / 2)}-H${(n % 2) + 1}`;
    }
    case 'year': {
      if (s.followsQuarter && d.quarter && s.anchor !== 'ref' && recentQuarter(d.quarter, d.dct)) return `${d.quarter.y + s.amount}-Q${d.quarter.q}`;
      return inYear(a.y + s.amount, f);
    }
    case 'decade': return String(Math.floor(a.y / 10) + s.amount);
    case 'century': return pad(Math.floor(a.y / 100) + s.amount);
    default: return withPod(fmtDay(a), f.pod);
  }
}

function inYear(y: number, f: CalendarFields): string {
  if (f.month !== undefined) return f.day !== undefined ? withPod(fmtDay({ y, m: f.month, d: f.day }), f.pod) : `${y}-${pad(f.month)}`;
  if (f.quarter !== undefined) return `${y}-Q${f.quarter}`;
  if (f.half !== undefined) return `${y}-H${f.half}`;
  if (f.season !== undefined) return `${y}-${f.season}`;
  return String(y);
}

function withPod(day: string, pod: string | undefined): string {
  if (pod === undefined) return day;
  return pod.startsWith('T') ? day + pod : `${day}T${pod}`;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function resolveCalendar(f: CalendarFields, dir: number, explicit: boolean, dct: Ymd): string {
  if (f.year !== undefined) return inYear(f.year, f);
  if (f.holiday !== undefined) {
    const at = (yy: number) => toSerial(holidayDate(f.holiday!, yy));
    let y = dct.y;
    if (explicit) {
      if (dir < 0 && at(y) > toSerial(dct)) y--;
      else if (dir > 0 && at(y) < toSerial(dct)) y++;
    } else {
      // like a month and day: the nearest one, the tense breaking near-ties ("as Easter week
      // began" six days before Easter is this year's)
      const cost = (yy: number) => wrongWayCost(at(yy) - toSerial(dct), dir, againstTense(dir));
      for (const yy of [dct.y - 1, dct.y + 1]) if (cost(yy) < cost(y)) y = yy;
    }
    return withPod(fmtDay(holidayDate(f.holiday, y)), f.pod);
  }
  if (f.month !== undefined) {
    const after = f.month > dct.m || (f.month === dct.m && f.day !== undefined && f.day > dct.d);
    const before = f.month < dct.m || (f.month === dct.m && f.day !== undefined && f.day < dct.d);
    let y = dct.y;
    // "last April" in April is a year back; "next May" in May a year ahead; "last February" in
    // March too, as the month just gone would be "last month"
    if (explicit) {
      if (dir < 0 && (!before || f.day === undefined && f.month === dct.m - 1)) y--;
      else if (dir > 0 && !after) y++;
    } else if (f.day !== undefined) {
      // a day near the document date is this year's even against the tense ("was extended to
      // Nov. 16", "will repatriate him by Jan. 14"): the tense only breaks near-ties
      y = closestYear(dct, f.month, f.day, dir, againstTense(dir));
    } else if (dir === 0 || (dir < 0 && after && soonAfter(dct, f.month, f.day))) {
      // no tense to go by, or a past-tense mention of the coming weeks
      y = closestYear(dct, f.month, 15, -1, 60);
    } else if (dir < 0 && after) y--;
    // a month just gone in a future-tense clause is more often that month than next year's
    // ("to make the late-November trip" in January)
    else if (dir > 0 && before) y = closestYear(dct, f.month, 15, dir, WRONG_WAY_DAYS);
    return inYear(y, f);
  }
  if (f.weekday !== undefined) return withPod(fmtDay(weekdayNear(dct, f.weekday, dir, explicit)), f.pod);
  if (f.season !== undefined) return `${seasonYear(dct, f.season, dir, explicit)}-${f.season}`;
  if (f.quarter !== undefined || f.half !== undefined) {
    const cur = f.quarter !== undefined ? quarterOf(dct.m) : (dct.m > 6 ? 2 : 1);
    const n = f.quarter ?? f.half!;
    // results are reported after the quarter: a later quarter than the current one is last year's
    const y = dir <= 0 && n > cur ? dct.y - 1 : dct.y;
    return inYear(y, f);
  }
  if (f.weekend) {
    const wd = weekday(dct);
    const shift = dir > 0 ? (wd >= 6 ? 0 : 7) : (wd >= 6 ? 0 : -7);
    return `${fmtWeek(addDays(dct, shift))}-WE`;
  }
  return fmtDay(dct);
}

/** Days a date against the tense's direction costs extra when choosing its year. */
const WRONG_WAY_DAYS = 120;
/**
 * A past-tense clause names a date months ahead only through a signal ("was extended to Nov.
 * 16", "by February"), which leaves it without a tense; so a date ahead costs twice as much
 * against a past verb ("the fiscal year ended Jan. 31" in October is the last one).
 */
const AHEAD_OF_PAST_DAYS = 2 * WRONG_WAY_DAYS;

function againstTense(dir: number): number {
  return dir < 0 ? AHEAD_OF_PAST_DAYS : WRONG_WAY_DAYS;
}

/**
 * The year that puts month/day nearest the document date; a date on the side the tense does not
 * point to (`dir`) costs `penalty` days more (a bare "March" in a November story is more often
 * the last one than the next).
 */
function closestYear(dct: Ymd, m: number, d: number, dir: number, penalty: number): number {
  const now = toSerial(dct);
  const cost = (y: number) => wrongWayCost(toSerial({ y, m, d }) - now, dir, penalty);
  let best = dct.y;
  for (const y of [dct.y - 1, dct.y + 1]) if (cost(y) < cost(best)) best = y;
  return best;
}

// The distance in days from the document date, plus `penalty` against the tense's direction.
function wrongWayCost(diff: number, dir: number, penalty: number): number {
  const wrongWay = dir < 0 ? diff > 0 : dir > 0 ? diff < 0 : false;
  return Math.abs(diff) + (wrongWay ? penalty : 0);
}

function soonAfter(dct: Ymd, m: number, d: number | undefined): boolean {
  const diff = toSerial({ y: dct.y, m, d: d ?? 1 }) - toSerial(dct);
  return diff > 0 && diff <= 45;
}

// A season instance runs three months from its start (winter Y = December Y to February Y+1).
function seasonYear(dct: Ymd, season: string, dir: number, explicit: boolean): number {
  const now = dct.y * 12 + dct.m - 1;
  const start = (y: number) => y * 12 + SEASON_START[season]! - 1;
  let y = dct.y;
  if (dir < 0) {
    // "last summer" has ended; a past-tense "summer" may be the current one
    while (explicit ? start(y) + 2 >= now : start(y) > now) y--;
  } else if (dir > 0) {
    while (explicit ? start(y) <= now : start(y) + 2 < now) y++;
  }
  return y;
}

/**
 * The weekday nearest the document date in the given direction. "last Friday" / "next Friday"
 * (explicit) exclude the document date; tense-resolved ones include it ("Thursday" on a Thursday).
 */
function weekdayNear(dct: Ymd, wd: number, dir: number, explicit: boolean): Ymd {
  const today = weekday(dct);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (explicit) {
    if (dir < 0) return addDays(dct, -(back === 0 ? 7 : back));
    if (dir > 0) return addDays(dct, ahead === 0 ? 7 : ahead);
    return addDays(dct, wd - today);
  }
  if (back === 0) return dct;
  if (dir < 0) return addDays(dct, -back);
  if (dir > 0) return addDays(dct, ahead);
  return back <= ahead ? addDays(dct, -back) : addDays(dct, ahead);
}
