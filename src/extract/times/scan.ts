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
import type { Hit } from './spec.js';

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

function isPositional(mod: string): boolean {
  return mod === 'START' || mod === 'END' || mod === 'MID';
}

/**
 * Scans one sentence left to right and returns its expressions, longest match first at each
 * position; a position that starts nothing costs a few set lookups.
 */
export function scanSentence(c: Cursor, starters: ReadonlySet<string>): Hit[] {
  const out: Hit[] = [];
  let i = c.first;
  while (i < c.limit) {
    const kind = c.kind(i);
    if (kind !== 'number' && !starters.has(c.w(i)) && !(kind === 'quote' && c.isNumber(i + 1))) { i++; continue; }
    const h = parseAt(c, i);
    if (h && h.end > h.start && h.start >= i) {
      out.push(h);
      i = h.end;
    } else {
      i++;
    }
  }
  return out;
}
