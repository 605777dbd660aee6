import type { Cursor } from './cursor.js';
import { readNumber } from './parse-number.js';
import type { Hit, TimeSpec } from './spec.js';

type Parse = (c: Cursor, i: number) => Hit | null;

const PERIOD_UNITS = new Set(['year', 'month', 'week', 'decade', 'century', 'quarter', 'day']);

/**
 * Expressions with a TIMEX3 mod: "almost seven years" (LESS_THAN), "early 2011" (START),
 * "the late 1980s", "mid-November", "late yesterday", and the parts of a period: "the end of the
 * year", "the year's end", "year-end", "the beginning of October", "the middle of 1990".
 */
export function parseModified(c: Cursor, i: number, core: Parse): Hit | null {
  return partOfPeriod(c, i, core) ?? prefixed(c, i, core);
}

function prefixed(c: Cursor, i: number, core: Parse): Hit | null {
  let j = i;
  const the = c.w(j) === 'the';
  if (the) j++;
  const m = c.phrase(c.k.prefixMods, j, 3);
  if (!m) return null;
  let k = m.end;
  if (c.hyphenAt(k)) k++;
  else if (m.value === 'MID' && c.w(j) === 'mid' && !c.attached(k) && c.w(k) !== 'afternoon' && c.w(k) !== 'morning') return null;
  const key = c.w(j);
  // "get around Wednesday's ruling", "talking about three days": the verb's particle, not a mod
  if (!the && c.k.particleVerbs.has(c.w(i - 1)) && (key === 'around' || key === 'about')) return null;
  if (c.k.modsNeedingNumber.has(key) || (m.end - j > 1 && c.k.modsNeedingNumber.has(`${key} ${c.w(j + 1)}`))) {
    if (!readNumber(c, k) && !c.isNumber(k)) return null;
  }
  const positional = m.value === 'START' || m.value === 'END' || m.value === 'MID';
  if (the && (!positional || c.w(k) === 'the')) return null;
  const inner = partOfPeriod(c, k, core) ?? core(c, k);
  if (!inner || inner.start !== k) return null;
  // "the" belongs with a positional mod of a decade or century only ("the early 1990s", not "the late-November")
  if (the && !(inner.spec.kind === 'fixed' && /^\d{2,3}$/.test(inner.spec.value))) return null;
  if (positional && !isPeriod(inner.spec)) return null;
  if (!positional && m.value !== '' && !isQuantity(inner.spec, m.value)) return null;
  return { ...inner, start: i, mod: m.value === '' ? inner.mod : m.value };
}

function isPeriod(s: TimeSpec): boolean {
  if (s.kind === 'fixed') return s.type === 'DATE' && /^\d/.test(s.value);
  return s.type === 'DATE' || s.type === 'TIME';
}

// "almost seven years", "about two years ago", "around 9:30 p.m.", "around Nov. 1"; not "about the future"
function isQuantity(s: TimeSpec, mod: string): boolean {
  if (s.kind === 'fixed') return s.type === 'DURATION' || s.type === 'TIME' || /^\d/.test(s.value);
  if (s.kind === 'calendar') return mod === 'APPROX';
  return s.kind === 'shift' && (s.type === 'TIME' || s.anchor !== 'ref' || s.amount !== 0);
}

// "the end of the year", "the end of 1990", "the year's end", "year-end", "year end", "month-end"
function partOfPeriod(c: Cursor, i: number, core: Parse): Hit | null {
  let j = i;
  const the = c.w(j) === 'the';
  if (the) j++;
  const part = c.k.partOfPeriod.get(c.w(j));
  if (part !== undefined && c.w(j + 1) === 'of' && the) {
    const k = j + 2;
    const inner = bareUnit(c, k) ?? core(c, k);
    if (!inner || inner.start !== k || !isPeriod(inner.spec)) return null;
    return { ...inner, start: i, mod: part };
  }
  // "(the) year's end", "year-end", "year end", "the month's end"
  const unit = c.k.units.get(c.w(j));
  if (!unit || !PERIOD_UNITS.has(unit.unit) || c.w(j).endsWith('s')) return null;
  let k = j + 1;
  if (c.w(k) === "'s" || c.hyphenAt(k)) k++;
  const tail = c.k.partOfPeriod.get(c.w(k));
  if (tail === undefined || (c.w(k) !== 'end' && c.w(k) !== 'start' && c.w(k) !== 'close')) return null;
  const spec: TimeSpec = unit.unit === 'quarter'
    ? { kind: 'quarter', type: 'DATE', yearShift: 0 }
    : { kind: 'shift', type: 'DATE', unit: unit.unit, amount: 0, anchor: 'dct', fields: {} };
  return { start: i, end: k + 1, mod: tail, spec };
}

// "the year", "the month", "the week" inside "the end of …"
function bareUnit(c: Cursor, i: number): Hit | null {
  let j = i;
  if (c.w(j) === 'the' || c.w(j) === 'this') j++;
  else return null;
  const unit = c.k.units.get(c.w(j));
  if (!unit || !PERIOD_UNITS.has(unit.unit) || c.w(j).endsWith('s')) return null;
  if (unit.unit === 'quarter') return { start: i, end: j + 1, mod: null, spec: { kind: 'quarter', type: 'DATE', yearShift: 0 } };
  return { start: i, end: j + 1, mod: null, spec: { kind: 'shift', type: 'DATE', unit: unit.unit, amount: 0, anchor: 'dct', fields: {} } };
}
