/** A calendar interval a TIMEX3 value stands for, as inclusive YYYY-MM-DD bounds. */
export interface DateInterval {
  readonly start: string;
  readonly end: string;
  readonly precision: 'day' | 'week' | 'month' | 'quarter' | 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const DAY_MS = 86_400_000;

/**
 * The day `n` days after a YYYY-MM-DD day (before it when `n` is negative).
 *
 * @example addDays('2025-11-06', -7) // '2025-10-30'
 */
export function addDays(day: string, n: number): string {
  return iso(new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + n * DAY_MS));
}

/** Whole days from one YYYY-MM-DD day to another, ignoring any time after the day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
}

/**
 * The interval a TIMEX3 date value covers: "2020-09-15T…" a day, "2020-W38" a week, "2020-09" a
 * month, "2020-Q3" a quarter, "2020" a year. Null for durations, sets and anything unresolved.
 *
 * @example timexInterval('2020-09') // { start: '2020-09-01', end: '2020-09-30', precision: 'month' }
 */
export function timexInterval(value: string | null | undefined): DateInterval | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = addDays(iso(jan4), -((jan4.getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7);
    return { start: monday, end: addDays(monday, 6), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]);
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}`, precision: 'month' };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const endMonth = q * 3;
    return { start: `${m[1]}-${pad(endMonth - 2)}-01`, end: `${m[1]}-${pad(endMonth)}-${pad(lastDay(Number(m[1]), endMonth))}`, precision: 'quarter' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

/** The first day a date value can mean (the value itself for a day), or null. */
export const periodStart = (value: string | null | undefined) => timexInterval(value)?.start ?? null;
/** The last day a date value can mean ("2025" → "2025-12-31"), or null. */
export const periodEnd = (value: string | null | undefined) => timexInterval(value)?.end ?? null;

/**
 * The day an event counts from. A reported fact counts from the day it happened when the text
 * gives that day, else from the last day it can have happened (at the latest the report's date);
 * anything not yet a fact (expected, possible) counts from the day it was reported.
 *
 * @example effectiveDate('occurred', '2020-09-15', '2020-09-16') // '2020-09-15'
 */
export function effectiveDate(status: string, timeValue: string | null, docDate: string): string {
  if (status !== 'occurred' && status !== 'ongoing' && status !== 'denied') return docDate;
  const t = timexInterval(timeValue);
  if (!t || t.start > docDate) return docDate;
  if (t.precision === 'day') return t.start;
  return t.end < docDate ? t.end : docDate;
}

/** Today in UTC, YYYY-MM-DD: the default `--as-of`. */
export const today = (now: Date = new Date()) => iso(now);

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}
