import type { Scan } from './scan.js';

/**
 * A person the text names with a title but no state ("Justice Minister Nasredeen Abdulbari")
 * takes the state of the sentence that introduces them, when that sentence names exactly one.
 */
export function inferPersonStates(s: Scan): void {
  const firstSentence = new Map<string, number>();
  const statesIn = new Map<number, Set<string>>();
  for (const f of s.found) {
    const sent = s.tokens[f.start]!.sentence;
    const kind = s.doc.kindOf(f.entityId);
    if (kind === 'person' && !firstSentence.has(f.entityId)) firstSentence.set(f.entityId, sent);
    // "threatened action against Russia": the other party, not the person's home
    if (kind === 'state' && !otherParty(s, f.start)) {
      let set = statesIn.get(sent);
      if (!set) statesIn.set(sent, (set = new Set()));
      set.add(f.entityId);
    }
  }
  for (const [id, sent] of firstSentence) {
    const p = s.doc.people.get(id);
    if (!p || p.state || p.record) continue;
    const states = statesIn.get(sent);
    if (states?.size === 1) p.state = [...states][0]!;
  }
}

function otherParty(s: Scan, start: number): boolean {
  const prev = s.lowers[start - 1] === 'the' ? s.lowers[start - 2] : s.lowers[start - 1];
  return s.g.k.otherPartyPrepositions.has(prev ?? '');
}
