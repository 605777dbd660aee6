import type { Token, TokenKind } from '../../core/analysis.js';
import type { TimeKnowledge } from '../../lang/en/times/index.js';
import { Scratch } from '../../core/scratch.js';
import { shapeHash } from '../../text/word-shapes.js';

/**
 * Read access to one sentence's tokens for the parsers: normalized words, adjacency, and
 * multi-word phrase lookups. Positions past the sentence read as the empty word.
 */
export class Cursor {
  /** Token index where the current sentence ends (exclusive). */
  limit = 0;
  /** Token index where the current sentence starts. */
  first = 0;
  // Token fields copied once into flat arrays: the parsers read them many times per token.
  private readonly words: string[];
  /** shapeHash of each word (the token's own, unless a final period was dropped). */
  private readonly shapes: Int32Array;
  private readonly kinds: TokenKind[];
  /** Filled on first use (bit 4): bit 1 space before, bit 2 capitalized first letter. */
  private readonly flags: Uint8Array;
  private readonly prefixes: Map<ReadonlyMap<string, unknown>, ReadonlySet<string>>;

  constructor(readonly text: string, readonly tokens: readonly Token[], readonly k: TimeKnowledge,
    prefixCache?: Map<ReadonlyMap<string, unknown>, ReadonlySet<string>>,
    /** The document's typed arrays (StageContext.scratch), also for the tense reader. */
    readonly scratch: Scratch = new Scratch()) {
    const n = tokens.length;
    this.words = new Array<string>(n);
    this.shapes = scratch.i32(n);
    this.kinds = new Array<TokenKind>(n);
    this.flags = scratch.u8(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const l = t.lower;
      const dotted = l.length > 1 && l.charCodeAt(l.length - 1) === 46;
      const w = (this.words[i] = dotted ? l.slice(0, -1) : l);
      this.shapes[i] = dotted ? shapeHash(w) : t.shape;
      this.kinds[i] = t.kind;
    }
    this.prefixes = prefixCache ?? new Map();
  }

  /** The token's kind, or '' outside the sentence. */
  kind(i: number): TokenKind | '' {
    return i >= this.first && i < this.limit ? this.kinds[i]! : '';
  }

  tok(i: number): Token | undefined {
    return i >= this.first && i < this.limit ? this.tokens[i] : undefined;
  }

  /** Lower-cased word without a final period ("Sept." → "sept"); '' outside the sentence. */
  w(i: number): string {
    return i >= this.first && i < this.limit ? this.words[i]! : '';
  }

  /** The shape of `w(i)` (text/word-shapes.ts), for the starters' filter; token i must be in the sentence. */
  shape(i: number): number {
    return this.shapes[i]!;
  }

  /** True when token i follows token i−1 with no space ("third-quarter", "mid-1990s"). */
  attached(i: number): boolean {
    return i >= this.first && i < this.limit && (this.flag(i) & 1) === 0;
  }

  private flag(i: number): number {
    let f = this.flags[i]!;
    if (f === 0) {
      const t = this.tokens[i]!;
      const c = t.text.charCodeAt(0);
      f = 4 | (t.spaceBefore ? 1 : 0) | (c >= 65 && c <= 90 ? 2 : 0);
      this.flags[i] = f;
    }
    return f;
  }

  /** Whether token i is a hyphen glued to both neighbours ("third-quarter"). */
  hyphenAt(i: number): boolean {
    return this.w(i) === '-' && this.attached(i) && this.attached(i + 1);
  }

  isCapitalized(i: number): boolean {
    return i >= this.first && i < this.limit && (this.flag(i) & 2) !== 0;
  }

  isNumber(i: number): boolean {
    return this.kind(i) === 'number';
  }

  /**
   * Longest phrase from `map` starting at token i (words joined by spaces; hyphens and
   * clitics glued: "year-end", "new year's day"), up to `max` tokens.
   */
  phrase<V>(map: ReadonlyMap<string, V>, i: number, max = 4): { value: V; end: number; key: string } | null {
    const prefixes = this.prefixesOf(map);
    let key = this.w(i);
    if (!prefixes.has(key)) return null;
    let best: { value: V; end: number; key: string } | null = null;
    for (let j = i; j < i + max && j < this.limit; j++) {
      if (j > i) {
        const w = this.words[j]!;
        const glue = (this.flag(j) & 1) === 0 && (w === '-' || key.endsWith('-') || this.kinds[j] === 'clitic');
        key = glue ? key + w : `${key} ${w}`;
        if (!prefixes.has(key)) break;
      }
      const v = map.get(key);
      if (v !== undefined) best = { value: v, end: j + 1, key };
    }
    return best;
  }

  // Every prefix of every key, so a phrase lookup stops at the first word that leads nowhere.
  private prefixesOf(map: ReadonlyMap<string, unknown>): ReadonlySet<string> {
    let set = this.prefixes.get(map);
    if (!set) {
      const s = new Set<string>();
      for (const key of map.keys()) {
        for (let n = 1; n <= key.length; n++) {
          const ch = key[n];
          if (n === key.length || ch === ' ' || ch === '-' || ch === "'" || key[n - 1] === '-') s.add(key.slice(0, n));
        }
      }
      this.prefixes.set(map, (set = s));
    }
    return set;
  }
}
