import { isValidDate } from './dateline.js';

// RFC 822/1123 dates in feeds and many page metadata use English month names by specification.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T|\b|$)/;
// YYMMDD, the compact form of event-data sets (PETRARCH, GDELT exports).
const SHORT_COMPACT_RE = /^(\d{2})(\d{2})(\d{2})$/;
const SLASH_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DAY_MONTH_RE = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?!\d)/;
const MONTH_DAY_RE = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/;

/**
 * Reads the calendar date a metadata value states, as written (an ISO timestamp keeps its own
 * day, whatever its zone): ISO 8601, RFC 822 (`Thu, 06 Nov 2025 18:00:00 GMT`), `2025/11/06`,
 * `November 6, 2025`, `6 November 2025`, `20251106`, `251106`. Null when it names no real day.
 *
 * @example normalizeDate('2025-11-06T23:30:00-05:00') // '2025-11-06'
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 80);
  let y: number, mo: number, d: number;
  let m = ISO_RE.exec(s) ?? SLASH_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = SHORT_COMPACT_RE.exec(s))) [y, mo, d] = [year(m[1]!), Number(m[2]), Number(m[3])];
  else if ((m = DAY_MONTH_RE.exec(s))) [y, mo, d] = [year(m[3]!), month(m[2]!), Number(m[1])];
  else if ((m = MONTH_DAY_RE.exec(s))) [y, mo, d] = [Number(m[3]), month(m[1]!), Number(m[2])];
  else return null;
  const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return mo > 0 && isValidDate(iso) ? iso : null;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

// RFC 822 allows two-digit years; read them as the nearest century a news archive would mean.
function year(s: string): number {
  const n = Number(s);
  return s.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}
