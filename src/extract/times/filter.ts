import type { Analysis } from '../../core/analysis.js';
import type { Cursor } from './cursor.js';
import type { Hit } from './spec.js';

const NAME_KINDS = new Set(['person', 'organization']);
const SMALL_WORDS = new Set(['the', 'of', 'and', 'a']);

/**
 * Drops hits that are parts of names: programme titles ("Saturday Night Live", ABC's "This Week"),
 * companies ("Sun Microsystems", "May Department Stores"), and people or organizations the entity
 * stage found.
 */
export class NameFilter {
  private readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;

  constructor(titles: readonly string[], private readonly heads: ReadonlySet<string>) {
    const m = new Map<string, string[][]>();
    for (const t of titles) {
      const words = t.split(' ');
      const list = m.get(words[0]!) ?? [];
      list.push(words);
      m.set(words[0]!, list);
    }
    this.titles = m;
  }

  rejects(c: Cursor, h: Hit, a: Analysis): boolean {
    return this.inTitle(c, h) || this.beforeNameHead(c, h) || inMention(c, h, a);
  }

  private inTitle(c: Cursor, h: Hit): boolean {
    for (let s = Math.max(c.first, h.start - 3); s <= h.start; s++) {
      const cands = this.titles.get(c.w(s));
      if (!cands) continue;
      for (const words of cands) {
        const e = s + words.length;
        if (e < h.end || e > c.limit) continue;
        // a title's first content word is capitalized ("the Today show", "60 Minutes")
        let ok = true;
        let head = true;
        for (let k = 0; k < words.length && ok; k++) {
          const w = words[k]!;
          ok = c.w(s + k) === w;
          if (ok && head && !SMALL_WORDS.has(w) && /\p{L}/u.test(w)) { ok = c.isCapitalized(s + k); head = false; }
        }
        // a capitalized two-word phrase opening a sentence ("This week, …") is not a title
        if (ok && (s > c.first || words.length > 2)) return true;
      }
    }
    return false;
  }

  private beforeNameHead(c: Cursor, h: Hit): boolean {
    if (!c.isCapitalized(h.end - 1) || !c.isCapitalized(h.end)) return false;
    return this.heads.has(c.w(h.end));
  }
}

function inMention(c: Cursor, h: Hit, a: Analysis): boolean {
  if (a.mentions.length === 0) return false;
  const start = c.tokens[h.start]!.start;
  const end = c.tokens[h.end - 1]!.end;
  for (const m of a.mentions) {
    if (m.start >= end || m.end <= start) continue;
    const kind = a.entities.get(m.entityId)?.kind;
    if (kind !== undefined && NAME_KINDS.has(kind)) return true;
  }
  return false;
}
