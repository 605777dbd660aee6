import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createQueryCache } from '../../src/services/query-cache.js';
import { dataVersion } from '../../src/store/dialect/data-version.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { DB } from '../../src/store/schema.js';
import { createTestDatabase, dropTestDatabase, pgUrl, skipPostgres } from './pg-server.js';

describe.skipIf(skipPostgres())('data version on PostgreSQL', () => {
  const name = createTestDatabase();
  const opened: Kysely<DB>[] = [];
  const open = async () => { const db = await openDatabase(pgUrl(await name)); opened.push(db); return db; };
  afterAll(async () => {
    for (const db of opened) await db.destroy();
    await dropTestDatabase(await name);
  });

  it('changes when another connection commits, so a server cache on PostgreSQL drops its results', async () => {
    const [a, b] = [await open(), await open()];
    const before = await dataVersion(a);
    expect(before).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    await b.insertInto('meta').values({ key: 'probe', value: '1' }).execute();
    expect(await dataVersion(a)).not.toBe(before);

    const cache = createQueryCache(a);
    let computed = 0;
    expect(await cache.get('k', async () => ++computed)).toBe(1);
    await b.insertInto('meta').values({ key: 'probe-2', value: '1' }).execute();
    expect(await cache.get('k', async () => ++computed)).toBe(2);
  });
});
