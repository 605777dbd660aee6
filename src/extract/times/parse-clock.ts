import type { Cursor } from './cursor.js';
import { pad } from './calendar-math.js';
import type { Hit } from './spec.js';

const CLOCK = /^(\d{1,2})(?::(\d{2}))?$/;
const HHMM = /^([01]\d|2[0-3])([0-5]\d)$/;
/**
 * Reads a clock time at i: "10:35 a.m.", "5 p.m. EST", "noon", "midnight", "4 in the morning",
 * "17:00 GMT". Returns the TIMEX3 time part ("T17:00") and where it ends.
 */
export function readClock(c: Cursor, i: number): { pod: string; end: number } | null {
  const w = c.w(i);
  // "High Noon" is a film
  if ((w === 'noon' || w === 'midday') && c.w(i - 1) !== 'high') return { pod: 'T12:00', end: i + 1 };
  if (w === 'midnight') return { pod: 'T24:00', end: i + 1 };
  if (!c.isNumber(i)) return null;
  // wire-service clock times: "1330 GMT", "0800 hours"; "10:35 a.m. (0735 GMT)" restates the
  // time just given in another zone and is left to it
  const hhmm = HHMM.exec(w);
  if (hhmm && c.w(i - 1) !== '(' && (c.k.timeZones.has(c.w(i + 1)) || c.w(i + 1) === 'hours' || c.w(i + 1) === 'hrs')) {
    return { pod: `T${hhmm[1]}:${hhmm[2]}`, end: i + 2 };
  }
  const m = CLOCK.exec(w);
  if (!m) return null;
  let h = +m[1]!;
  const min = m[2] === undefined ? 0 : +m[2];
  if (h > 24 || min > 59) return null;
  let j = i + 1;
  const ampm = meridiem(c, j);
  let stated = false;
  if (ampm) {
    if (h > 12 || h === 0) return null;
    if (ampm.pm && h < 12) h += 12;
    if (!ampm.pm && h === 12) h = 0;
    j = ampm.end;
    stated = true;
  } else if (c.w(j) === "o'clock" || (c.w(j) === 'o' && c.w(j + 1) === "'clock")) {
    j += c.w(j) === 'o' ? 2 : 1;
    stated = true;
  } else if (c.w(j) === 'in' && c.w(j + 1) === 'the' && (c.w(j + 2) === 'morning' || c.w(j + 2) === 'afternoon' || c.w(j + 2) === 'evening')) {
    if (h > 12) return null;
    if (c.w(j + 2) !== 'morning' && h < 12) h += 12;
    j += 3;
    stated = true;
  }
  if (!stated && (m[2] === undefined || !c.k.clockContext.has(c.w(i - 1)))) {
    if (!(m[2] !== undefined && c.k.timeZones.has(c.w(j)))) return null;
  }
  if (c.k.timeZones.has(c.w(j))) j++;
  else if (c.w(j) === 'local' && c.w(j + 1) === 'time') j += 2;
  return { pod: `T${pad(h)}:${pad(min)}`, end: j };
}

// "a.m." arrives as "a" "." "m" "." or "a.m."; "p.m." as "p." "m" "."; also "am", "pm", "A.M."
function meridiem(c: Cursor, i: number): { pm: boolean; end: number } | null {
  const w = c.w(i);
  if (w === 'am' || w === 'pm' || w === 'a.m' || w === 'p.m') return { pm: w.startsWith('p'), end: i + 1 };
  if ((w === 'a' || w === 'p') && c.w(i + 1) === '.' && c.attached(i + 1) && c.w(i + 2) === 'm' && c.attached(i + 2)) {
    const end = c.w(i + 3) === '.' && c.attached(i + 3) ? i + 4 : i + 3;
    return { pm: w === 'p', end };
  }
  if (w === 'p' && c.tok(i)!.text.endsWith('.') && c.w(i + 1) === 'm' && c.attached(i + 1)) {
    const end = c.w(i + 2) === '.' && c.attached(i + 2) ? i + 3 : i + 2;
    return { pm: true, end };
  }
  return null;
}

/** A clock time on its own: the document date's time unless a day follows (see combine). */
export function parseClock(c: Cursor, i: number): Hit | null {
  const r = readClock(c, i);
  if (!r) return null;
  // a clock time on its own belongs to the day the sentence already named, if any
  return { start: i, end: r.end, mod: null, spec: { kind: 'shift', type: 'TIME', unit: 'day', amount: 0, anchor: 'either', fields: { pod: r.pod } } };
}
