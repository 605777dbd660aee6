import type { Found, Scan } from './scan.js';

// Words after the anaphor that describe another agreement ("the agreement on trade").
const DESCRIBING = new Set(['on', 'with', 'between', 'to', 'that', 'which', 'signed', 'reached', 'for']);

/**
 * "the accords" / "the agreement" after a named agreement: the agreement named before, when only
 * one fits and no other agreement of that kind ("an agreement on trade") came up since.
 */
export class AgreementMemory {
  private readonly lastEnd = new Map<string, number>();
  private readonly byHead = new Map<string, Set<string>>();
  /** Token index of the last "an agreement" / "a deal", by head word. */
  private readonly indefinite = new Map<string, number>();
  private scanned = 0;

  constructor(private readonly s: Scan) {}

  see(f: Found): void {
    this.lastEnd.set(f.entityId, f.end);
    const head = this.s.lowers[f.end - 1]!;
    let set = this.byHead.get(head);
    if (!set) this.byHead.set(head, (set = new Set()));
    set.add(f.entityId);
  }

  resolve(i: number): Found | null {
    const s = this.s;
    this.noteIndefinites(i);
    const heads = s.g.k.agreementAnaphors.get(s.lowers[i]!);
    if (!heads || this.lastEnd.size === 0) return null;
    if (DESCRIBING.has(s.lowers[i + 1] ?? '') || s.isCap(i + 1)) return null;
    let id: string | null = null;
    if (this.lastEnd.size === 1) id = [...this.lastEnd.keys()][0]!;
    else {
      const fitting = new Set<string>();
      for (const h of heads) for (const x of this.byHead.get(h) ?? []) fitting.add(x);
      if (fitting.size === 1) id = [...fitting][0]!;
    }
    if (!id) return null;
    const since = this.lastEnd.get(id)!;
    for (const h of heads) if ((this.indefinite.get(h) ?? -1) >= since) return null;
    return { start: i, end: i + 1, entityId: id, via: 'alias' };
  }

  // "an agreement", "a new deal": another agreement of that kind enters the story.
  private noteIndefinites(upTo: number): void {
    const s = this.s;
    // Before the first named agreement an indefinite one changes nothing.
    if (this.lastEnd.size === 0) { this.scanned = Math.max(this.scanned, upTo); return; }
    for (let j = this.scanned; j < upTo; j++) {
      if (!s.g.k.agreementAnaphors.has(s.lowers[j]!)) continue;
      for (let b = j - 1; b >= j - 3 && b >= 0 && s.tokens[b]!.kind === 'word'; b--) {
        const w = s.lowers[b]!;
        if (w === 'a' || w === 'an' || w === 'another') { this.indefinite.set(s.lowers[j]!, j); break; }
      }
    }
    this.scanned = Math.max(this.scanned, upTo);
  }
}
