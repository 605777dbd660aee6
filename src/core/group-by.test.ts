import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.js';

describe('groupBy', () => {
  it('keeps each group in the items order, keys in first-seen order', () => {
    const g = groupBy([{ s: 2, v: 'a' }, { s: 0, v: 'b' }, { s: 2, v: 'c' }], (x) => x.s);
    expect([...g.keys()]).toEqual([2, 0]);
    expect(g.get(2)!.map((x) => x.v)).toEqual(['a', 'c']);
  });
  it('has no group for a key no item has', () => {
    expect(groupBy([] as number[], (x) => x).get(0)).toBeUndefined();
  });
});
