import { AccordsError } from '../core/errors.js';

const DATELINE_RE = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:\s+|$)/;

/**
 * Splits a dateline (`date YYYY-MM-DD` then a space, newline or blank line) from the text.
 * Returns the date and the text after the dateline and the whitespace that follows it.
 *
 * @example splitDateline(" date 2025-11-06 Kazakhstan is poised") // {date:"2025-11-06", text:"Kazakhstan is poised"}
 */
export function splitDateline(raw: string): { date: string | null; text: string } {
  const m = DATELINE_RE.exec(raw);
  if (!m) return { date: null, text: raw };
  return { date: m[1]!, text: raw.slice(m[0].length) };
}

/** Checks that a YYYY-MM-DD string names a real calendar day. */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Picks the document date: the override, else the dateline; fails with the contract's error. */
export function requireDate(override: string | undefined, found: string | null, where: string,
  missing = 'no usable date: give a dateline "date YYYY-MM-DD" or --date'): string {
  const date = override ?? found;
  if (!date) throw new AccordsError(missing, where);
  if (!isValidDate(date)) throw new AccordsError(`invalid date "${date}"`, where);
  return date;
}
