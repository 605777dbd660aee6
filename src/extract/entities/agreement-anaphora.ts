import type { Found, Scan } from './scan.js';

/**
 * "the accords" / "the agreement" after a named agreement: the agreement named before, when only
 * one fits and no other agreement of that kind ("an agreement on trade") came in between.
 */
export function resolveAgreementAnaphor(s: Scan, i: number): Found | null {
  const lower = s.lowers[i]!;
  const heads = s.g.k.agreementAnaphors.get(lower);
  if (!heads) return null;
  // "the agreement on trade", "the deal with Iran" describe another agreement.
  const next = s.lowers[i + 1] ?? '';
  if (['on', 'with', 'between', 'to', 'that', 'which', 'signed'].includes(next) || s.isCap(i + 1)) return null;
  const named = s.found.filter((f) => f.end <= i && s.doc.kindOf(f.entityId) === 'agreement');
  if (named.length === 0) return null;
  const distinct = new Set(named.map((f) => f.entityId));
  let id: string | null = null;
  if (distinct.size === 1) id = named[0]!.entityId;
  else {
    const fitting = new Set(named.filter((f) => heads.includes(lastWord(s, f))).map((f) => f.entityId));
    if (fitting.size === 1) id = [...fitting][0]!;
  }
  if (!id) return null;
  const lastNamed = Math.max(...named.filter((f) => f.entityId === id).map((f) => f.end));
  if (indefiniteBetween(s, lastNamed, i, heads)) return null;
  return { start: i, end: i + 1, entityId: id, via: 'alias' };
}

function lastWord(s: Scan, f: Found): string {
  return s.lowers[f.end - 1]!;
}

// "an agreement", "a new deal": another agreement of the same kind enters the story.
function indefiniteBetween(s: Scan, from: number, to: number, heads: readonly string[]): boolean {
  for (let j = from; j < to; j++) {
    if (!heads.includes(s.lowers[j]!)) continue;
    for (let b = j - 1; b >= j - 3 && b >= from; b--) {
      const w = s.lowers[b]!;
      if (w === 'a' || w === 'an' || w === 'another') return true;
      if (s.tokens[b]!.kind !== 'word') break;
    }
  }
  return false;
}
