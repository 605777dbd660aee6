import type { Kysely } from 'kysely';
import { isPostgres } from './backend.js';

/**
 * How many documents a bulk writer (`accords ingest`) stores per transaction, by backend.
 *
 * SQLite: 1,000. Every commit writes each index page it touched to the log and flushes a segment
 * of the full-text index that later merges rewrite; with 1,000 documents instead of 128 the writer
 * spends 30-40% less CPU in SQLite (a kill still loses only the batch in hand). The write lock is
 * taken when the batch is written, not while it is extracted.
 *
 * PostgreSQL: 128. Each document takes three advisory locks, which count against the server's
 * shared lock table (`max_locks_per_transaction`).
 *
 * @example const n = documentsPerTransaction(db);
 */
export function documentsPerTransaction(db: Kysely<any>): number {
  return isPostgres(db) ? 128 : 1000;
}
