import { candidate, type Candidate, type Scan } from './scan.js';
import { slug } from './slug.js';

const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'the', '-']);

/**
 * An agreement known only by its shape: "the Riyadh Agreement", "the Kazakhstan–Israel Framework
 * Agreement", "the Treaty of Ouchy", "the Board of Peace". Id: `agreement:<slug of the name>`.
 */
export function findAgreementShape(s: Scan, i: number): Candidate | null {
  if (s.nextAgreementHead[i]! - i > 7 || !s.isCap(i) || s.g.k.functionWords.has(s.lowers[i]!)) return null;
  const k = s.g.k;
  let end = -1;
  if (k.agreementOfHeads.has(s.keys[i]!) && s.lowers[i + 1] === 'of') {
    let j = i + 2;
    while (j < s.n && j < i + 5 && s.isCap(j) && s.sameSentence(i, j) && !k.nameStopWords.has(s.lowers[j]!)) j++;
    if (j > i + 2) end = j;
  }
  if (end < 0) {
    let last = -1;
    for (let j = i; j < s.n && j < i + 7 && s.sameSentence(i, j); j++) {
      const key = s.keys[j]!;
      if (s.isCap(j)) {
        if (k.agreementHeads.has(key) && j > i) last = j + 1;
        else if (last > 0) break;
        continue;
      }
      if (!CONNECTORS.has(s.lowers[j]!) || last > 0) break;
    }
    end = last;
  }
  if (end < 0) return null;
  const name = s.slice(i, end);
  const id = `agreement:${slug(name)}`;
  return candidate(end, [{ start: i, end, entityId: id, via: 'shape' }], 1,
    () => { if (!s.doc.has(id)) s.doc.define({ id, kind: 'agreement', name, state: null, role: null }); });
}

/**
 * A group of states: "five Central Asian states", "Gulf states", "Arab nations" (an adjective from
 * the groups data before a plural noun, with an optional count before it).
 */
export function findGroup(s: Scan, i: number): Candidate | null {
  let j = i;
  if (s.g.k.groupCounts.has(s.lowers[i]!) || s.tok(i)?.kind === 'number') j++;
  if (!s.g.groupAdjectives.starts(s.keys[j] ?? '')) return null;
  const m = s.g.groupAdjectives.longest(s.keys, j);
  if (!m || !s.g.k.groupNouns.has(s.lowers[m.end] ?? '')) return null;
  // "Arab states" but not "Arab League states": the noun must follow the adjective directly.
  const g = m.values[0]!;
  return candidate(m.end + 1, [{ start: i, end: m.end + 1, entityId: g.id, via: 'name' }], 3);
}
