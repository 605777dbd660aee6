import { addDays, addMonths, daysInMonth, fmtDay, parseYmd, type Ymd } from './calendar-math.js';

/** What a deadline is computed from: a resolved expression and the signal before it. */
export interface DeadlineInput {
  readonly type: string;
  readonly value: string | null;
  readonly mod?: string | null;
  readonly signal?: string | null;
}

const BEFORE = new Set(['before', 'ahead of', 'prior to', 'earlier than']);
const BY = new Set(['by', 'until', 'till', 'til', 'no later than', 'not later than', 'in', 'during', 'on', 'at', 'through', 'as of', 'for']);
const WITHIN = new Set(['within', 'in', 'in the next', 'within the next', 'in the coming', 'over', 'for']);

/**
 * The last day by which something announced with this expression should happen, or null when
 * the expression gives no deadline (a vague "within days", "after Friday", "since 2020").
 *
 * @example
 * deadlineOf({ type: 'DATE', value: '2020-11-03', signal: 'before' }, '2020-10-01')           // "2020-11-02"
 * deadlineOf({ type: 'DATE', value: '2025', mod: 'END', signal: 'before' }, '2025-11-06')     // "2025-12-31"
 * deadlineOf({ type: 'DURATION', value: 'P90D', signal: 'within' }, '2025-11-06')             // "2026-02-04"
 */
export function deadlineOf(expr: DeadlineInput, docDate: string): string | null {
  const v = expr.value;
  if (!v || v.includes('X') || v.endsWith('_REF')) return null;
  const signal = expr.signal?.toLowerCase() ?? null;
  if (expr.type === 'DURATION') {
    if (signal !== null && !WITHIN.has(signal)) return null;
    const end = addDuration(parseYmd(docDate), v);
    return end ? fmtDay(end) : null;
  }
  if (expr.type !== 'DATE' && expr.type !== 'TIME') return null;
  if (signal !== null && !BEFORE.has(signal) && !BY.has(signal)) return null;
  const span = periodOf(v);
  if (!span) return null;
  // "before Nov. 3" ends the day before; "before the year's end" is the year's last day
  if (signal !== null && BEFORE.has(signal) && expr.mod !== 'END') return fmtDay(addDays(span.start, -1));
  return fmtDay(span.end);
}

/** First and last day of a TIMEX3 date value: "2025", "2025-11", "2025-Q4", "2025-W45", "2025-11-06T…". */
export function periodOf(v: string): { start: Ymd; end: Ymd } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) { const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! }; return { start: d, end: d }; }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    const wd = new Date(Date.UTC(jan4.y, 0, 4)).getUTCDay() || 7;
    const monday = addDays(jan4, 1 - wd + (+m[2]! - 1) * 7);
    return { start: m[3] ? addDays(monday, 5) : monday, end: addDays(monday, 6) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return monthSpan(+m[1]!, +m[2]!, +m[2]!);
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return monthSpan(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3);
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return monthSpan(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP']!;
    const y = +m[1]!;
    return first === 12 ? { start: { y, m: 12, d: 1 }, end: { y: y + 1, m: 2, d: daysInMonth(y + 1, 2) } } : monthSpan(y, first, first + 2);
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return monthSpan(+m[1]!, 1, 12);
  m = /^(\d{3})$/.exec(v);
  if (m) return { start: { y: +m[1]! * 10, m: 1, d: 1 }, end: { y: +m[1]! * 10 + 9, m: 12, d: 31 } };
  return null;
}

function monthSpan(y: number, first: number, last: number): { start: Ymd; end: Ymd } {
  return { start: { y, m: first, d: 1 }, end: { y, m: last, d: daysInMonth(y, last) } };
}

/** Adds a TIMEX3 duration (P90D, P2W, P6M, P4Y, PT48H) to a day; null for anything vaguer. */
function addDuration(from: Ymd, v: string): Ymd | null {
  const m = /^P(?:(\d+(?:\.\d+)?)(Y|M|W|D|DE|CE)|T(\d+(?:\.\d+)?)H)$/.exec(v);
  if (!m) return null;
  if (m[3] !== undefined) return addDays(from, Math.ceil(+m[3] / 24));
  const n = +m[1]!;
  switch (m[2]) {
    case 'D': return addDays(from, Math.ceil(n));
    case 'W': return addDays(from, Math.ceil(n * 7));
    case 'M': return addMonths(from, Math.ceil(n));
    case 'Y': return addMonths(from, Math.ceil(n * 12));
    case 'DE': return addMonths(from, Math.ceil(n * 120));
    default: return addMonths(from, Math.ceil(n * 1200));
  }
}
