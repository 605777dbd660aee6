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
  if (!isPostgres(trx)) return;
  for (const key of [...new Set(keys)].sort()) {
    await sql`select pg_advisory_xact_lock(${space}::int4, hashtext(${key}))`.execute(trx);
  }
}
