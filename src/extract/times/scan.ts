import { extendWithPod, withTimeOfDay } from './combine.js';
import type { Cursor } from './cursor.js';
import { parseClock } from './parse-clock.js';
import { parseDate } from './parse-date.js';
import { parseDuration } from './parse-duration.js';
import { parseModified } from './parse-modified.js';
import { parsePeriod } from './parse-period.js';
import { parseRelative } from './parse-relative.js';
import { parseSet } from './parse-set.js';
import { parseVague } from './parse-vague.js';
import { parseYear } from './parse-year.js';
import { dayAt } from './read-calendar.js';
import type { Hit } from './spec.js';
import type { Starters } from './starters.js';

type Parse = (c: Cursor, i: number) => Hit | null;

// On equal length the earlier parser wins: a recurrence ("a year" after "twice") before a
// duration, a business period before a plain year, a calendar date before a relative one.
const CORE: readonly Parse[] = [parseSet, parsePeriod, parseYear, parseDate, parseRelative, parseDuration, parseVague, parseClock];

function longest(c: Cursor, i: number, parsers: readonly Parse[]): Hit | null {
  let best: Hit | null = null;
  for (const p of parsers) {
    const h = p(c, i);
    if (h && h.end > h.start && (!best || h.end > best.end)) best = h;
  }
  return best;
}

/** The core parsers plus their combinations with a time of day. */
function core(c: Cursor, i: number): Hit | null {
  const lead = withTimeOfDay(c, i, coreNoPod);
  const plain = coreNoPod(c, i);
  const ext = plain ? extendWithPod(c, plain) : null;
  if (lead && (!ext || lead.end >= ext.end)) return lead;
  return ext;
}

function coreNoPod(c: Cursor, i: number): Hit | null {
  return longest(c, i, CORE);
}

/** The longest expression starting at token i, modifiers included. */
export function parseAt(c: Cursor, i: number): Hit | null {
  const modified = parseModified(c, i, core);
  const plain = core(c, i);
  let h = plain;
  if (modified && (!plain || modified.end >= plain.end)) h = modified.mod && isPositional(modified.mod) ? extendWithPod(c, modified) : modified;
  // "the next year or so": the hedge belongs to the expression
  if (h && c.w(h.end) === 'or' && c.w(h.end + 1) === 'so') h = { ...h, end: h.end + 2, mod: h.mod ?? 'APPROX' };
  return h;
}

// "April 24 and 25": the second day of the month named before
function coordinatedDay(c: Cursor, h: Hit): Hit | null {
  const s = h.spec;
  if (s.kind !== 'calendar' || s.fields.month === undefined || s.fields.day === undefined || s.fields.pod !== undefined) return null;
  const j = h.end;
  if ((c.w(j) !== 'and' && c.w(j) !== 'or') || !c.isNumber(j + 1)) return null;
  const day = dayAt(c, j + 1);
  const after = c.w(j + 2);
  if (day === null || c.isNumber(j + 2) || c.k.units.has(after) || c.k.countedNouns.has(after) || c.k.months.has(after)) return null;
  const { weekday: _, ...fields } = s.fields;
  return { start: j + 1, end: j + 2, mod: null, inferred: h.inferred, spec: { ...s, fields: { ...fields, day } } };
}

function canStart(c: Cursor, starters: Starters, i: number): boolean {
  const kind = c.kind(i);
  const next = c.kind(i + 1);
  if (kind === 'number') {
    if (next === 'number' || next === 'quote' || starters.isYearLike(c.w(i))) return true;
    const w = c.w(i + 1);
    // "5-year", "2025-11-06", not the dash of "Feb 26 - Showers"; "12 to 18 months", not "12 to 15 pct"
    if (w === '-') return c.attached(i + 1);
    if (starters.isRangeWord(w)) return c.isNumber(i + 2) || starters.has(c.w(i + 2));
    return starters.opensNumber(c.w(i), w);
  }
  if (kind === 'quote') return next === 'number';
  const w = c.w(i), shape = c.shape(i);
  return starters.opens(w, c.w(i + 1), shape) || (next === 'number' || next === 'quote') && starters.has(w, shape);
}

function isPositional(mod: string): boolean {
  return mod === 'START' || mod === 'END' || mod === 'MID';
}

/**
 * Scans one sentence left to right and returns its expressions, longest match first at each
 * position; a position that starts nothing costs a few set lookups.
 */
export function scanSentence(c: Cursor, starters: Starters): Hit[] {
  const out: Hit[] = [];
  let i = c.first;
  while (i < c.limit) {
    if (!canStart(c, starters, i)) { i++; continue; }
    const h = parseAt(c, i);
    if (h && h.end > h.start && h.start >= i) {
      out.push(h);
      i = h.end;
      const next = coordinatedDay(c, h);
      if (next) { out.push(next); i = next.end; }
    } else {
      i++;
    }
  }
  return out;
}
