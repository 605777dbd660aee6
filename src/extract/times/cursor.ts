import type { Token } from '../../core/analysis.js';
import type { TimeKnowledge } from '../../lang/en/times/index.js';

/**
 * Read access to one sentence's tokens for the parsers: normalized words, adjacency, and
 * multi-word phrase lookups. Positions past the sentence read as the empty word.
 */
export class Cursor {
  /** Token index where the current sentence ends (exclusive). */
  limit = 0;
  /** Token index where the current sentence starts. */
  first = 0;

  constructor(readonly text: string, readonly tokens: readonly Token[], readonly k: TimeKnowledge) {}

  tok(i: number): Token | undefined {
    return i >= this.first && i < this.limit ? this.tokens[i] : undefined;
  }

  /** Lower-cased word without a final period ("Sept." → "sept"); '' outside the sentence. */
  w(i: number): string {
    const t = this.tok(i);
    if (!t) return '';
    const l = t.lower;
    return l.length > 1 && l.endsWith('.') ? l.slice(0, -1) : l;
  }

  /** True when token i follows token i−1 with no space ("third-quarter", "mid-1990s"). */
  attached(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && !t.spaceBefore;
  }

  /** Whether token i is a hyphen glued to both neighbours ("third-quarter"). */
  hyphenAt(i: number): boolean {
    return this.w(i) === '-' && this.attached(i) && this.attached(i + 1);
  }

  isCapitalized(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    const c = t.text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  isNumber(i: number): boolean {
    return this.tok(i)?.kind === 'number';
  }

  /**
   * Longest phrase from `map` starting at token i (words joined by spaces; hyphens and
   * clitics glued: "year-end", "new year's day"), up to `max` tokens. Returns the value and the end index.
   */
  phrase<V>(map: ReadonlyMap<string, V>, i: number, max = 4): { value: V; end: number; key: string } | null {
    let key = '';
    let best: { value: V; end: number; key: string } | null = null;
    for (let j = i; j < i + max && j < this.limit; j++) {
      const w = this.w(j);
      if (!w) break;
      const glue = this.attached(j) && (w === '-' || key.endsWith('-') || this.tokens[j]!.kind === 'clitic');
      key = j === i ? w : glue ? key + w : `${key} ${w}`;
      const v = map.get(key);
      if (v !== undefined) best = { value: v, end: j + 1, key };
    }
    return best;
  }
}
