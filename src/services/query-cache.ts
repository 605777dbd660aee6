import type { Kysely } from 'kysely';
import { dataVersion } from '../store/dialect/data-version.js';

/**
 * Results of expensive reads kept while the database is unchanged: any commit by another process
 * (seen through the store's data version) or a write through this one (`invalidate`) drops them.
 * A long-running server uses one; one-shot CLI commands need none.
 *
 * @example const ctx = await cache.get(`membership:${id}`, () => loadContext(kb, id));
 */
export interface QueryCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(): void;
}

export function createQueryCache(db: Kysely<any>, maxEntries = 128): QueryCache {
  const entries = new Map<string, Promise<unknown>>();
  let version: string | null = null;
  let writes = 0;
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const v = await dataVersion(db);
      if (v === null) return compute();
      const now = `${v}/${writes}`;
      if (now !== version) {
        entries.clear();
        version = now;
      }
      let hit = entries.get(key) as Promise<T> | undefined;
      if (!hit) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        hit = compute();
        entries.set(key, hit);
        // A failed read is not remembered.
        hit.catch(() => { if (entries.get(key) === hit) entries.delete(key); });
      }
      return hit;
    },
    invalidate() {
      writes++;
      entries.clear();
    },
  };
}
