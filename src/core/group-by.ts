/**
 * Items grouped by a key (a sentence index, a document id), each group in the items' order, the
 * keys in the order first seen.
 *
 * @example groupBy(a.times, (t) => t.sentence).get(3)  // the times of sentence 3, or undefined
 */
export function groupBy<T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(it);
  }
  return out;
}

/**
 * The empty list read for a key no item has, shared by all such reads and never written to.
 *
 * @example groupBy(a.times, (t) => t.sentence).get(3) ?? NONE
 */
export const NONE: readonly never[] = [];
