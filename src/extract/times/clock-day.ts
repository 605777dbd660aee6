import type { Cursor } from './cursor.js';
import type { Hit, TimeSpec } from './spec.js';

/** Tokens a parenthetical between a clock time and its day may hold ("(0735 GMT)"). */
const MAX_ASIDE = 6;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The hit that gives a bare clock time its day when wire copy puts a parenthetical between them:
 * "at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)". Returns
 * its index in `hits`, or -1 when the clock time stands alone (the document date's).
 *
 * @example dayAfterAside(c, hits, 0) // "10:35 a.m. (0735 GMT) Friday" → 1
 */
export function dayAfterAside(c: Cursor, hits: readonly Hit[], k: number): number {
  const h = hits[k]!;
  const next = hits[k + 1];
  if (!next || !isBareClock(h.spec) || c.w(h.end) !== '(' || !namesDay(next.spec)) return -1;
  // the day inside the parenthetical, or right after it closes
  if (next.start === h.end + 1) return k + 1;
  const close = next.start - 1;
  if (c.w(close) !== ')' || close - h.end > MAX_ASIDE) return -1;
  for (let j = h.end + 1; j < close; j++) if (c.w(j) === '(' || c.w(j) === ')') return -1;
  return k + 1;
}

/** A clock time on the day of another value: ("T10:35" on "1998-08-07") → "1998-08-07T10:35". */
export function onDayOf(clock: string, day: string | null): string | null {
  if (day === null || !DAY_VALUE.test(day)) return null;
  const t = clock.indexOf('T');
  return t < 0 ? null : day.slice(0, 10) + clock.slice(t);
}

// "10:35 a.m.": a clock time resolved on the document date
function isBareClock(s: TimeSpec): boolean {
  return s.kind === 'shift' && s.unit === 'day' && s.amount === 0 && s.anchor === 'dct' && (s.fields.pod?.startsWith('T') ?? false);
}

function namesDay(s: TimeSpec): boolean {
  return s.kind === 'calendar' && (s.fields.weekday !== undefined || s.fields.day !== undefined);
}
