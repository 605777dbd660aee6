import { sql, type Transaction } from 'kysely';
import { isPostgres } from './backend.js';

/**
 * Lets this transaction's commit return before its log record is flushed (PostgreSQL's
 * `synchronous_commit = off`, for this transaction only). A crash can then lose the last
 * commits, never part of one. SQLite (WAL, synchronous NORMAL) already commits this way.
 *
 * @example await lazyCommit(trx);
 */
export async function lazyCommit(trx: Transaction<any>): Promise<void> {
  if (isPostgres(trx)) await sql`set local synchronous_commit = off`.execute(trx);
}
