import type { UnitInfo } from '../../lang/en/times/index.js';
import type { Cursor } from './cursor.js';
import { durationValue } from './duration-value.js';
import { readNumber } from './parse-number.js';
import { afterAmount } from './parse-set.js';
import { fixed, type Hit, type TimeSpec } from './spec.js';


/**
 * Durations and the offsets built on them: "four years", "almost seven years" (mod outside),
 * "the first nine months", "the past two weeks", "two-year", "decades-long", "for decades",
 * "recent years", "coming weeks", and "two years ago", "a week earlier", "three days later".
 */
export function parseDuration(c: Cursor, i: number): Hit | null {
  let j = i;
  let the = false;
  if (c.w(j) === 'the') { the = true; j++; }
  const opener = c.k.spanOpeners.get(c.w(j));
  if (opener !== undefined) j++;
  if (opener !== undefined && c.w(j) === 'few') j++;
  let num = readNumber(c, j);
  // "$1.76 a year", "700 seats a week": a rate, not a span of time
  if (num && num.value === 1 && (c.w(j) === 'a' || c.w(j) === 'an') && !the && afterAmount(c, j) && !c.k.offsetWords.has(c.w(j + 2))) return null;
  let k = num ? num.end : j;
  if (num && c.hyphenAt(k)) return adjective(c, i, k + 1, num.value);
  // "two to three weeks", "12 to 18 months": a range of counts
  if (num && (c.w(k) === 'to' || c.w(k) === 'or') && c.k.units.has(c.w(k + 1)) === false) {
    const upper = readNumber(c, k + 1);
    if (upper && c.k.units.has(c.w(upper.end))) { num = { value: null, end: upper.end, digits: num.digits }; k = upper.end; }
  }
  // "1988 quarter" is a year and a noun, not 5,964 months
  if (num?.digits && num.value !== null && num.value >= 1000 && /^\d{4}$/.test(c.w(j))) return null;
  while (c.k.unitQualifiers.has(c.w(k)) && c.k.units.has(c.w(k + 1))) k++;
  const head = c.w(k);
  const unit = c.k.units.get(head);
  if (!unit || unit.unit === 'weekend') return null;
  const plural = head.endsWith('s');
  let end = k + 1;
  let value = num?.value ?? null;
  // "the next day or two": the upper count
  const orN = !plural && c.w(end) === 'or' ? c.k.cardinals.get(c.w(end + 1)) : undefined;
  if (orN !== undefined && (num === null || num.value === 1)) { value = orN; end += 2; }
  else if (num === null) {
    if (opener === undefined && c.w(j - 1) === 'few') value = null;
    else if (opener === undefined) return barePlural(c, i, the, k, unit);
    else if (!plural) return null;
  }
  // "a second term": the ordinal, not the clock unit
  if (head === 'second' && c.kind(end) === 'word' && !c.k.offsetWords.has(c.w(end))) return null;
  if (c.w(end) === 'and' && c.w(end + 1) === 'a' && c.w(end + 2) === 'half' && value !== null) { value += 0.5; end += 3; }
  if (c.hyphenAt(end) && c.k.unitAdjectiveSuffixes.has(c.w(end + 1))) {
    end += 2;
    // "a year-long feud": the article belongs to the noun
    if (!the && opener === undefined && (c.w(i) === 'a' || c.w(i) === 'an')) return { start: i + 1, end, mod: null, spec: fixed('DURATION', durationValue(value, unit)) };
  }
  // "Howes, 37 years old": an age, not a time
  if (c.w(end) === 'old' && num !== null) return null;
  const offset = readOffset(c, end);
  // "three days later" is annotated as the duration, "a year earlier" and "two years ago" as dates
  if (offset && !the && opener === undefined && (offset.sign < 0 || offset.from === 'dct')) return agoHit(i, offset.end, value, unit, offset.sign, offset.from);
  if (num === null && opener !== undefined && plural) return vaguePlural(i, end, opener, unit, c.w(j - 1));
  if (num !== null && num.value === null && the && opener === undefined) return null;
  // "the weeks ahead"
  if (c.w(end) === 'ahead') end++;
  return { start: i, end, mod: null, spec: fixed('DURATION', durationValue(value, unit)) };
}

/** Words after "before"/"after" that end the phrase there ("two days later and …"). */
const CLAUSE_AFTER_OFFSET = new Set(['and', 'but', 'or', 'when', 'that']);

function readOffset(c: Cursor, i: number): { end: number; sign: number; from: 'dct' | 'ref' | 'either' } | null {
  let j = i;
  // "a week or so ago", "a year or two ago"
  if (c.w(j) === 'or' && (c.w(j + 1) === 'so' || c.k.cardinals.has(c.w(j + 1)))) j += 2;
  if (c.w(j) === 'from' && c.w(j + 1) === 'now') return { end: j + 2, sign: 1, from: 'dct' };
  const o = c.k.offsetWords.get(c.w(j));
  if (!o) return null;
  // "two days before the election": the duration stands alone, "before" is a signal
  if ((c.w(j) === 'before' || c.w(j) === 'after') && c.kind(j + 1) === 'word' && !CLAUSE_AFTER_OFFSET.has(c.w(j + 1))) return null;
  return { end: j + 1, sign: o.sign, from: o.from };
}

function agoHit(i: number, end: number, n: number | null, unit: UnitInfo, sign: number, from: 'dct' | 'ref' | 'either'): Hit {
  if (n === null || unit.clock) {
    const ref = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (unit.clock && n !== null) return { start: i, end, mod: null, spec: fixed('TIME', ref) };
    return { start: i, end, mod: null, spec: fixed('DATE', ref) };
  }
  let amount = n * sign;
  let u = unit.unit;
  if (u === 'decade') { amount *= 10; u = 'year'; }
  if (u === 'century') { amount *= 100; u = 'year'; }
  if (!Number.isInteger(amount)) return { start: i, end, mod: null, spec: fixed('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF') };
  const spec: TimeSpec = { kind: 'shift', type: 'DATE', unit: u, amount, anchor: from, fields: {}, followsQuarter: u === 'year' && Math.abs(amount) === 1 };
  return { start: i, end, mod: null, spec };
}

// "two-year", "24-hour", "decades-long", "9-month-old"
function adjective(c: Cursor, i: number, k: number, n: number | null): Hit | null {
  const unit = c.k.units.get(c.w(k));
  if (!unit || unit.unit === 'weekend' || c.w(k).endsWith('s') && n !== null) return null;
  let end = k + 1;
  if (c.hyphenAt(end) && c.k.unitAdjectiveSuffixes.has(c.w(end + 1))) {
    // "a 6-year-old" is an age, not a time
    if (c.w(end + 1) === 'old') return null;
    end += 2;
  }
  return { start: c.w(i) === 'the' || c.w(i) === 'a' ? i + 1 : i, end, mod: null, spec: fixed('DURATION', durationValue(n, unit)) };
}

function barePlural(c: Cursor, i: number, the: boolean, k: number, unit: UnitInfo): Hit | null {
  const head = c.w(k);
  let end = k + 1;
  // "a day-long meeting", "a year-long feud": one unit as an adjective
  if (!head.endsWith('s') && c.hyphenAt(end) && c.w(end + 1) === 'long' && !the) {
    return { start: i, end: end + 2, mod: null, spec: fixed('DURATION', durationValue(1, unit)) };
  }
  if (!head.endsWith('s') || unit.unit === 'quarter') return null;
  const adjectival = c.hyphenAt(end) && c.k.unitAdjectiveSuffixes.has(c.w(end + 1));
  if (adjectival && c.w(end + 1) === 'old') return null;
  if (adjectival) end += 2;
  // "weeks or months"
  if (!adjectival && c.w(end) === 'or' && c.w(end + 1).endsWith('s') && c.k.units.has(c.w(end + 1))) end += 2;
  const prev = c.w(i - 1);
  if (!adjectival && !the && !c.k.barePluralBefore.has(prev) && !c.k.barePluralAfter.has(c.w(end))) return null;
  if (the && !(c.w(end) === 'ahead' || c.w(end) === 'that' || c.w(end) === 'before' || c.w(end) === 'after')) return null;
  const start = the ? i + 1 : i;
  if (c.w(end) === 'ago') return { start, end: end + 1, mod: null, spec: fixed('DATE', 'PAST_REF') };
  if (c.w(end) === 'ahead') return { start: i, end: end + 1, mod: null, spec: fixed('DURATION', durationValue(null, unit)) };
  return { start, end, mod: null, spec: fixed('DURATION', durationValue(null, unit)) };
}

// "recent years" (PAST_REF), "recent weeks" (PXW), "the coming months" (PXM), "the past few days"
function vaguePlural(i: number, end: number, opener: 'past' | 'future' | 'none', unit: UnitInfo, word: string): Hit {
  if (unit.unit === 'year' && (word === 'recent' || word === 'past')) return { start: i, end, mod: null, spec: fixed('DATE', 'PAST_REF') };
  if (unit.unit === 'quarter' && opener === 'future') return { start: i, end, mod: null, spec: fixed('DATE', 'FUTURE_REF') };
  return { start: i, end, mod: null, spec: fixed('DURATION', durationValue(null, unit)) };
}
