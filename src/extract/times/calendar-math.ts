/** Pure calendar arithmetic on proleptic Gregorian dates, in UTC so no time zone shifts a day. */

export interface Ymd { readonly y: number; readonly m: number; readonly d: number }

const DAY_MS = 86_400_000;

export function parseYmd(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${s}`);
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

export function toSerial(x: Ymd): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

export function fromSerial(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromSerial(toSerial(x) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(x: Ymd): number {
  const w = new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = toSerial({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toSerial(thursday) - jan1) / 7) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}
export function fmtMonth(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}`;
}
export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export { pad };

/** The nth weekday of a month (nth = -1: the last one). */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + (nth - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
