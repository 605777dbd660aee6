import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryCache } from '../../src/services/query-cache.js';
import { openKnowledgeBase } from '../../src/services/open-knowledge-base.js';
import { tmp } from '../helpers.js';

describe('query cache', () => {
  const path = join(tmp('accords-cache-'), 'kb.db');
  let a: Awaited<ReturnType<typeof openKnowledgeBase>>;
  let b: Awaited<ReturnType<typeof openKnowledgeBase>>;
  beforeAll(async () => {
    a = await openKnowledgeBase(path);
    b = await openKnowledgeBase(path);
  });
  afterAll(async () => { await a.close(); await b.close(); });

  it('keeps a result until another connection commits or this one says it wrote', async () => {
    const cache = createQueryCache(a.db);
    let computed = 0;
    const read = () => cache.get('k', async () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await b.db.insertInto('meta').values({ key: 'probe', value: '1' }).execute();
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
    await a.db.insertInto('meta').values({ key: 'probe-2', value: '1' }).execute();
    cache.invalidate();
    expect(await read()).toBe(3);
  });

  it('shares one computation between concurrent readers and forgets failures', async () => {
    const cache = createQueryCache(a.db);
    let computed = 0;
    const slow = () => cache.get('s', async () => { computed++; await new Promise((r) => setTimeout(r, 20)); return computed; });
    expect(await Promise.all([slow(), slow(), slow()])).toEqual([1, 1, 1]);
    await expect(cache.get('f', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await cache.get('f', async () => 'ok')).toBe('ok');
  });

  it('bounds the number of entries', async () => {
    const cache = createQueryCache(a.db, 2);
    let computed = 0;
    for (const k of ['x', 'y', 'z']) await cache.get(k, async () => ++computed);
    expect(await cache.get('x', async () => ++computed)).toBe(4);
  });
});
