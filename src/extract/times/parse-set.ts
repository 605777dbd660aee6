import type { Cursor } from './cursor.js';
import { durationValue } from './duration-value.js';
import { readNumber } from './parse-number.js';
import { monthAt, weekdayAt } from './read-calendar.js';
import { fixed, type Hit } from './spec.js';
import { pad } from './calendar-math.js';

/**
 * Recurrences (TIMEX3 SET): "annually", "daily", "every Monday", "each year", "every two years",
 * "each July", "Tuesday nights", "Mondays", "twice a year", "per month".
 */
export function parseSet(c: Cursor, i: number): Hit | null {
  return setWord(c, i) ?? quantified(c, i) ?? rate(c, i) ?? pluralWeekday(c, i);
}

function setWord(c: Cursor, i: number): Hit | null {
  const v = c.k.setWords.get(c.w(i));
  if (v === undefined) return null;
  // "the Daily Telegraph", "the Communist Party daily Granma": a newspaper, not a recurrence
  if (c.kind(i + 1) === 'word' && c.isCapitalized(i + 1) && c.w(i + 1) !== 'i') return null;
  return { start: i, end: i + 1, mod: null, spec: fixed('SET', v) };
}

function quantified(c: Cursor, i: number): Hit | null {
  const q = c.w(i);
  if (!c.k.setQuantifiers.has(q) || q === 'per') return null;
  let j = i + 1;
  if (c.w(j) === 'other') {
    const u = c.k.units.get(c.w(j + 1));
    if (u) return { start: i, end: j + 2, mod: null, spec: fixed('SET', durationValue(2, u)) };
  }
  const wd = weekdayAt(c, j);
  if (wd !== null) {
    let end = j + 1;
    let pod = '';
    const p = c.k.partsOfDay.get(c.w(end));
    if (p !== undefined && !p.startsWith('T')) { pod = `T${p}`; end++; }
    return { start: i, end, mod: null, spec: fixed('SET', `XXXX-WXX-${wd}${pod}`) };
  }
  const month = monthAt(c, j);
  if (month !== null) return { start: i, end: j + 1, mod: null, spec: fixed('SET', `XXXX-${pad(month)}`) };
  const season = c.k.seasons.get(c.w(j));
  if (season !== undefined) return { start: i, end: j + 1, mod: null, spec: fixed('SET', `XXXX-${season}`) };
  const pod = c.k.partsOfDay.get(c.w(j));
  if (pod !== undefined && !pod.startsWith('T')) return { start: i, end: j + 1, mod: null, spec: fixed('SET', `T${pod}`) };
  const n = readNumber(c, j);
  if (n && n.value !== null && n.digits === false && c.w(j) !== 'a') j = n.end;
  else if (n && n.digits) j = n.end;
  const u = c.k.units.get(c.w(j));
  if (!u || u.unit === 'weekend') return null;
  const count = j > i + 1 ? n?.value ?? 1 : 1;
  return { start: i, end: j + 1, mod: null, spec: fixed('SET', durationValue(count, u)) };
}

// "twice a year", "three times a week", "per month": the span is "a year". An amount per period
// ("$1.76 a year", "700 seats a week") is a rate, which news annotation leaves out.
function rate(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  if (w !== 'a' && w !== 'an' && w !== 'per') return null;
  const u = c.k.units.get(c.w(i + 1));
  if (!u || u.unit === 'weekend' || c.w(i + 1).endsWith('s')) return null;
  if (w !== 'per' && !c.k.frequencyWords.has(c.w(i - 1))) return null;
  return { start: i, end: i + 2, mod: null, spec: fixed('SET', durationValue(1, u)) };
}

/** Whether "a year" at i follows an amount ("$2 million a year", "20% a year", "700 seats a week"). */
export function afterAmount(c: Cursor, i: number): boolean {
  const p = c.w(i - 1);
  if (c.isNumber(i - 1) || p === '%' || c.k.amountWords.has(p)) return true;
  return p.endsWith('s') && c.isNumber(i - 2);
}

// "Mondays", "Tuesday nights": a plural weekday recurs
function pluralWeekday(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  if (!c.isCapitalized(i)) return null;
  const single = weekdayAt(c, i);
  const nights = c.w(i + 1);
  if (single !== null && (nights === 'nights' || nights === 'mornings' || nights === 'evenings' || nights === 'afternoons')) {
    const pod = c.k.partsOfDay.get(nights.slice(0, -1))!;
    return { start: i, end: i + 2, mod: null, spec: fixed('SET', `XXXX-WXX-${single}T${pod}`) };
  }
  const wd = w.length >= 7 && w.endsWith('s') ? c.k.weekdays.get(w.slice(0, -1)) : undefined;
  if (wd === undefined) return null;
  return { start: i, end: i + 1, mod: null, spec: fixed('SET', `XXXX-WXX-${wd}`) };
}
