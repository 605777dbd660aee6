import { describe, expect, it } from 'vitest';
import { groupBy, NONE } from './group-by.js';

describe('groupBy', () => {
  it('keeps each group in the items order, keys in first-seen order', () => {
    const g = groupBy([{ s: 2, v: 'a' }, { s: 0, v: 'b' }, { s: 2, v: 'c' }], (x) => x.s);
    expect([...g.keys()]).toEqual([2, 0]);
    expect(g.get(2)!.map((x) => x.v)).toEqual(['a', 'c']);
  });
  it('groups by a string key, which stays apart from the number it spells', () => {
    const g = groupBy([{ doc: 'd2', v: 1 }, { doc: 'd1', v: 2 }, { doc: 'd2', v: 3 }, { doc: '1', v: 4 }], (x) => x.doc);
    expect([...g.entries()].map(([k, xs]) => [k, xs.map((x) => x.v)])).toEqual([['d2', [1, 3]], ['d1', [2]], ['1', [4]]]);
    expect(g.get(1 as unknown as string)).toBeUndefined();
  });
  it('has no group for a key no item has', () => {
    expect(groupBy([] as number[], (x) => x).get(0)).toBeUndefined();
  });
  it('reads NONE, one shared empty list, for a key no item has', () => {
    const g = groupBy([1, 2, 1], (x) => x);
    expect(g.get(3) ?? NONE).toBe(NONE);
    expect(g.get(1) ?? NONE).toEqual([1, 1]);
    expect(NONE).toEqual([]);
  });
});
