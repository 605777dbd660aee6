/**
 * Items grouped by a numeric key (a sentence index, most often), each group in the items' order.
 *
 * @example groupBy(a.times, (t) => t.sentence).get(3)  // the times of sentence 3, or undefined
 */
export function groupBy<T>(items: Iterable<T>, key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(it);
  }
  return out;
}
