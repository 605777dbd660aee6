import type { Cursor } from './cursor.js';
import { fixed, type Hit } from './spec.js';

/**
 * Vague references (PRESENT_REF, PAST_REF, FUTURE_REF) — "now", "currently", "recently",
 * "the past", "the near future", "in future" — and named holidays ("Thanksgiving Day").
 */
export function parseVague(c: Cursor, i: number): Hit | null {
  const p = c.phrase(c.k.vagueReferences, i, 4);
  const needs = p ? c.k.vagueNeedsBefore.get(p.key) : undefined;
  if (p && (!needs || needs.has(c.w(i - 1)))) {
    const key = p.key;
    // "the past two years" and "the future" + noun are other things
    if (key === 'the past' && (c.kind(p.end) === 'number' || c.k.units.has(c.w(p.end)) || c.k.cardinals.has(c.w(p.end)) || c.w(p.end) === 'few' || c.w(p.end) === 'several')) return null;
    if (key === 'now' && (c.w(i + 1) === '-' || c.w(i - 1) === 'just' && c.w(i - 2) === 'ended')) return null;
    return { start: i, end: p.end, mod: null, spec: fixed('DATE', p.value) };
  }
  const adjective = adjectiveReference(c, i);
  if (adjective) return adjective;
  const h = c.phrase(c.k.holidays, i, 4);
  if (h && c.isCapitalized(i)) {
    // "Easter week", "Christmas week": the week holding the holiday
    const weekOf = c.w(h.end) === 'week' ? true : undefined;
    const fields = weekOf ? { holiday: h.value, weekOf } : { holiday: h.value };
    return { start: i, end: weekOf ? h.end + 1 : h.end, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields, dir: null } };
  }
  return null;
}

// "current market conditions", "Elian's future"
function adjectiveReference(c: Cursor, i: number): Hit | null {
  const w = c.w(i);
  const v = c.k.adjectiveReferences.get(w);
  if (v === undefined || c.isCapitalized(i)) return null;
  const next = c.w(i + 1);
  // "Elian's future" is the noun; otherwise a lower-case noun must follow that is no time unit
  if (c.k.possessedReferences.has(w)) return c.w(i - 1) === "'s" ? { start: i, end: i + 1, mod: null, spec: fixed('DATE', v) } : null;
  if (c.kind(i + 1) !== 'word' || c.isCapitalized(i + 1) || c.k.units.has(next) || c.k.unitQualifiers.has(next) || c.k.currentPeriodWords.has(next)) return null;
  return { start: i, end: i + 1, mod: null, spec: fixed('DATE', v) };
}
