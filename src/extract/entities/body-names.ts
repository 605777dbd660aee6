import type { Found, Scan } from './scan.js';

const SPOKES = /^spokes(?:man|woman|person|men|women|people)$/;

/** Whether a lower-cased word is a spokesperson noun (tested by its first letters before the pattern). */
export function isSpokes(lower: string): boolean {
  return lower.charCodeAt(0) === 115 && lower.startsWith('spokes') && SPOKES.test(lower);
}
// Modifiers allowed between the article and a short name: "the next Council meeting".
const MAX_MODIFIERS = 2;

/**
 * Short names and spokespeople of bodies the document named before, resolved only when one body
 * fits: "the Council" after "the GATT Council" or "the UN Security Council", "the Commission" after
 * "the European Community" (curated `shortNames`), "the spokesman" after "a Foreign Ministry
 * spokesman" or "a spokeswoman for the Commission".
 *
 * @example new BodyNames(scan).shortName(i)  // { entityId: 'org:gatt', via: 'alias', … } for "Council"
 */
export class BodyNames {
  private readonly seen = new Set<string>();
  /** Capitalized words written right after an organization's name ("GATT Council") → its ids. */
  private readonly heads = new Map<string, Set<string>>();
  private readonly spokesFor = new Set<string>();
  private pendingFor = -1;

  constructor(private readonly s: Scan) {}

  see(f: Found): void {
    const s = this.s;
    this.seen.add(f.entityId);
    if (s.doc.kindOf(f.entityId) !== 'organization') return;
    if (f.start === this.pendingFor) this.spokesFor.add(f.entityId);
    const next = f.end;
    if (s.g.k.bodyHeads.has(s.keys[next] ?? '') && s.sameSentence(f.start, next) && s.tokens[next]!.spaceBefore) {
      let set = this.heads.get(s.keys[next]!);
      if (!set) this.heads.set(s.keys[next]!, (set = new Set()));
      set.add(f.entityId);
    }
  }

  /** Notes whose spokesperson the word at i (a spokesperson noun) is ("Foreign Ministry spokesman", "spokesman for the EC"). */
  noteSpokesperson(i: number, byStart: ReadonlyMap<number, Found>): void {
    const s = this.s;
    if (s.lowers[i - 1] === 'the') return;
    const before = s.endingBefore(s.isPossessive(i - 1) ? i - 1 : i);
    let of = s.lowers[i + 1] === 'for' || s.lowers[i + 1] === 'of' ? i + 2 : -1;
    if (of > 0 && s.lowers[of] === 'the') of++;
    // "Cameron’s spokesman" is already a mention of the office of Cameron
    const f = byStart.get(i) ?? before ?? (of > 0 ? byStart.get(of) : undefined);
    if (f && s.doc.kindOf(f.entityId) === 'organization') this.spokesFor.add(f.entityId);
    // "a spokeswoman for the Commission": the short name is resolved only when reached
    else if (!f && of > 0) this.pendingFor = of;
  }

  /** "the spokesman": the one body whose spokesperson the document named, if only one. */
  spokesperson(i: number): Found | null {
    if (this.spokesFor.size !== 1) return null;
    return { start: i, end: i + 1, entityId: [...this.spokesFor][0]!, via: 'alias' };
  }

  /** "the Commission", "the next Council meeting": a body named before by that short name. */
  shortName(i: number): Found | null {
    const s = this.s;
    const key = s.keys[i]!;
    if (!s.g.k.bodyHeads.has(key) || s.isCap(i + 1) || !this.articleBefore(i)) return null;
    const n = this.s.g.shortNames.get(key);
    if (n && (n.after.length === 0 || n.after.some((id) => this.seen.has(id)))) return { start: i, end: i + 1, entityId: n.id, via: 'alias' };
    const ids = this.heads.get(key) ?? this.namedWith(key);
    return ids.size === 1 ? { start: i, end: i + 1, entityId: [...ids][0]!, via: 'alias' } : null;
  }

  // Organizations seen whose name has the word: "Council" in "UN Security Council".
  private namedWith(key: string): Set<string> {
    const out = new Set<string>();
    for (const id of this.seen) {
      const e = this.s.doc.entity(id);
      if (e?.kind === 'organization' && e.name.split(' ').includes(key)) out.add(id);
    }
    return out;
  }

  private articleBefore(i: number): boolean {
    const s = this.s;
    for (let j = i - 1, n = 0; j >= 0 && n <= MAX_MODIFIERS && s.sameSentence(j, i); j--, n++) {
      const w = s.lowers[j]!;
      if (w === 'the' || w === 'a') return true;
      if (s.tokens[j]!.kind !== 'word' || s.isCap(j)) return false;
    }
    return false;
  }
}
