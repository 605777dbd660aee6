import { sql, type Transaction } from 'kysely';
import { isPostgres } from './backend.js';

/** Lock namespaces: one per kind of key, taken in this order, so two writers never wait on each other in a cycle. */
export const LOCK_SPACES = { initialize: 1, contentHash: 2, documentId: 3 } as const;

/**
 * Serializes writers on the given keys until the transaction ends. SQLite needs nothing: a write
 * transaction there already holds the database's one write lock from its `begin immediate`. On
 * PostgreSQL it takes transaction-scoped advisory locks, across every process and machine sharing
 * the database; keys are hashed into the namespace (a collision only makes two writers wait).
 *
 * @example await lockKeys(trx, LOCK_SPACES.contentHash, [hash]);
 */
export async function lockKeys(trx: Transaction<any>, space: number, keys: readonly string[]): Promise<void> {
  await lockAll(trx, [...new Set(keys)].sort().map((key) => [space, key] as const));
}

/**
 * Takes several locks in one round trip, in the order given (namespace by namespace, keys sorted
 * within each, as lockKeys would one call at a time).
 *
 * @example await lockAll(trx, [[LOCK_SPACES.contentHash, hash], [LOCK_SPACES.documentId, id]]);
 */
export async function lockAll(trx: Transaction<any>, locks: readonly (readonly [space: number, key: string])[]): Promise<void> {
  if (!isPostgres(trx) || !locks.length) return;
  const ordered = [...locks].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  // Select-list items are evaluated left to right: the locks are taken in this order.
  const calls = sql.join(ordered.map(([space, key]) => sql`pg_advisory_xact_lock(${space}::int4, hashtext(${key}))`));
  await sql`select ${calls}`.execute(trx);
}
