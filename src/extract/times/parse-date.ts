import type { Cursor } from './cursor.js';
import { comma, dayAt, monthAt, weekdayAt, yearAt } from './read-calendar.js';
import type { CalendarFields, Hit } from './spec.js';

/**
 * Calendar dates: "Sept. 30, 1989", "Friday, Oct. 13", "6 March 2025", "August 1998",
 * "March of 1999", "Oct. 13", "May" (with context), "Friday", "11/02/89", "2025-11-06".
 *
 * @example parseDate(c, i) // "Sept. 30, 1989" → calendar {year: 1989, month: 9, day: 30}
 */
export function parseDate(c: Cursor, i: number): Hit | null {
  return numericDate(c, i) ?? namedDate(c, i);
}

function namedDate(c: Cursor, i: number): Hit | null {
  let j = i;
  const wd = weekdayAt(c, j);
  if (wd !== null) j = comma(c, j + 1);
  const fromMonth = monthFirst(c, j, wd !== null) ?? dayFirst(c, j);
  if (fromMonth) {
    const fields: CalendarFields = wd !== null ? { ...fromMonth.fields, weekday: wd } : fromMonth.fields;
    return hit(i, fromMonth.end, fields);
  }
  if (wd !== null) return hit(i, i + 1, { weekday: wd });
  return null;
}

function hit(start: number, end: number, fields: CalendarFields): Hit {
  return {
    start, end, mod: null, inferred: fields.year === undefined,
    spec: { kind: 'calendar', type: 'DATE', fields, dir: null },
  };
}

function monthFirst(c: Cursor, i: number, afterWeekday: boolean): { fields: CalendarFields; end: number } | null {
  const month = monthAt(c, i);
  if (month === null) return null;
  let j = i + 1;
  // "March 3" but not "March 3 percent"
  const day = dayAt(c, j);
  if (day !== null && !c.k.countedNouns.has(c.w(j + 1)) && !c.k.units.has(c.w(j + 1))) {
    j++;
    const y = yearAt(c, comma(c, j));
    if (y) return { fields: { year: y.year, month, day }, end: y.end };
    return { fields: { month, day }, end: j };
  }
  const afterOf = c.w(j) === 'of' ? j + 1 : comma(c, j);
  const y = yearAt(c, afterOf);
  if (y) return { fields: { year: y.year, month }, end: y.end };
  if (afterWeekday) return null;
  if (!monthAlone(c, i)) return null;
  return { fields: { month }, end: i + 1 };
}

function dayFirst(c: Cursor, i: number): { fields: CalendarFields; end: number } | null {
  let j = i;
  if (c.w(j) === 'the') j++;
  const day = dayAt(c, j);
  if (day === null) return null;
  j++;
  if (c.w(j) === 'of') j++;
  const month = monthAt(c, j);
  if (month === null) return null;
  // "the 6th of March" needs "the" or an ordinal; "6 March" needs digits
  j++;
  const y = yearAt(c, comma(c, j));
  if (y) return { fields: { year: y.year, month, day }, end: y.end };
  return { fields: { month, day }, end: j };
}

// A month name alone is a date when it cannot be a verb or a name: "in May", "March" at a clause
// edge, "the March accession" (capitalized after an article, so not the verb).
function monthAlone(c: Cursor, i: number): boolean {
  const prev = c.w(i - 1);
  if (c.k.monthContext.has(prev)) return true;
  // "April Glaspie", "the May Department Stores": a capitalized word after a month is usually a name
  if (c.kind(i + 1) === 'word' && c.isCapitalized(i + 1)) return false;
  return prev === 'the' || !c.k.ambiguousMonths.has(c.w(i));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

function numericDate(c: Cursor, i: number): Hit | null {
  const t = c.tok(i);
  if (!t || t.kind !== 'number') return null;
  const us = US.exec(t.text);
  if (us) {
    const m = +us[1]!, d = +us[2]!;
    let y = +us[3]!;
    if (us[3]!.length === 2) y += y <= 30 ? 2000 : 1900;
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return hit(i, i + 1, { year: y, month: m, day: d });
  }
  // "2025-11-06" arrives as number, hyphen, number, hyphen, number
  if (/^\d{4}$/.test(t.text) && c.hyphenAt(i + 1) && c.hyphenAt(i + 3)) {
    const s = `${t.text}-${c.w(i + 2)}-${c.w(i + 4)}`;
    const iso = ISO.exec(s);
    if (iso) {
      const m = +iso[2]!, d = +iso[3]!;
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return hit(i, i + 5, { year: +iso[1]!, month: m, day: d });
    }
  }
  return null;
}
