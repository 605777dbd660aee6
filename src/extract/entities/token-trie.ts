/**
 * A trie over token keys: every gazetteer name is compiled once into it, and a document is
 * matched by walking its tokens, never by running one regex per name.
 *
 * @example
 * const t = new TokenTrie<string>(); t.add(['Saudi', 'Arabia'], 'SAU');
 * t.longest(['in', 'Saudi', 'Arabia'], 1)  // { end: 3, values: ['SAU'] }
 */
export interface TrieMatch<T> {
  /** Token index after the match. */
  readonly end: number;
  readonly values: readonly T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: null, values: null }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** Whether some entry starts with this key: a cheap test before a full match. */
  starts(key: string): boolean {
    return this.root.next?.has(key) ?? false;
  }

  /** The first keys of all entries. */
  firstKeys(): string[] {
    return [...(this.root.next?.keys() ?? [])];
  }

  /** Every entry starting at `start`, shortest first: what `longest` chooses from, for a caller that keeps it. */
  matches(keys: readonly string[], start: number): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < keys.length && node?.next; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.values) out.push({ end: i + 1, values: node.values });
    }
    return out;
  }

  /** The longest entry starting at `start` (whose values pass `accept`, when given). */
  longest(keys: readonly string[], start: number, accept?: (v: T) => boolean): TrieMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    // The best node so far and its end: the result (and its filtered values) is built once, at the end.
    let best: TrieNode<T> | null = null;
    let bestEnd = 0;
    for (let i = start; i < keys.length && node?.next; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.values && (!accept || node.values.some(accept))) { best = node; bestEnd = i + 1; }
    }
    if (!best) return null;
    return { end: bestEnd, values: accept ? best.values!.filter(accept) : best.values! };
  }
}
