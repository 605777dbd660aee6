import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/**
 * Everything that differs between database backends, in one place: how to open one (driver,
 * connection settings) and how to close it. Queries, upserts (`onConflict`) and migrations are
 * written once with Kysely and run unchanged on every backend.
 *
 * @example const db = sqliteAdapter.open(':memory:');
 */
export interface DialectAdapter {
  readonly name: 'sqlite' | 'postgres';
  /** Whether this adapter serves the given `--db` value. */
  accepts(target: string): boolean;
  /** Opens a connection (or pool); no query runs before the first use. */
  open(target: string): Kysely<DB>;
}
