import type { Cursor } from './cursor.js';
import { fixed, type Hit } from './spec.js';

/**
 * Vague references (PRESENT_REF, PAST_REF, FUTURE_REF) — "now", "currently", "recently",
 * "the past", "the near future", "in future" — and named holidays ("Thanksgiving Day").
 */
export function parseVague(c: Cursor, i: number): Hit | null {
  const p = c.phrase(c.k.vagueReferences, i, 4);
  if (p) {
    const key = p.key;
    const needs = c.k.vagueNeedsBefore.get(key);
    if (needs && !needs.has(c.w(i - 1))) return null;
    // "the past two years" and "the future" + noun are other things
    if (key === 'the past' && (c.kind(p.end) === 'number' || c.k.units.has(c.w(p.end)) || c.k.cardinals.has(c.w(p.end)) || c.w(p.end) === 'few' || c.w(p.end) === 'several')) return null;
    if (key === 'now' && (c.w(i + 1) === '-' || c.w(i - 1) === 'just' && c.w(i - 2) === 'ended')) return null;
    return { start: i, end: p.end, mod: null, spec: fixed('DATE', p.value) };
  }
  const h = c.phrase(c.k.holidays, i, 4);
  if (h && c.isCapitalized(i)) {
    return { start: i, end: h.end, mod: null, inferred: true, spec: { kind: 'calendar', type: 'DATE', fields: { holiday: h.value }, dir: null } };
  }
  return null;
}
