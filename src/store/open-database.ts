import type { Kysely } from 'kysely';
import { AccordsError } from '../core/errors.js';
import type { DialectAdapter } from './dialect/adapter.js';
import { redactTarget } from './dialect/backend.js';
import { postgresAdapter } from './dialect/postgres.js';
import { sqliteAdapter } from './dialect/sqlite.js';
import { migrateToLatest } from './migrate.js';
import type { DB } from './schema.js';

/** The backends this build can open, tried in order. */
export const ADAPTERS: readonly DialectAdapter[] = [postgresAdapter, sqliteAdapter];

/**
 * Opens the database a `--db` value names and brings it to the latest schema.
 *
 * @example const db = await openDatabase('accords.db');
 */
export async function openDatabase(target: string, adapters: readonly DialectAdapter[] = ADAPTERS): Promise<Kysely<DB>> {
  const where = redactTarget(target);
  const adapter = adapters.find((a) => a.accepts(target));
  if (!adapter) throw new AccordsError('no database backend accepts this target', where);
  const db = adapter.open(target);
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    if (err instanceof AccordsError) throw err;
    throw new AccordsError(`cannot open database: ${err instanceof Error ? err.message : String(err)}`, where);
  }
  return db;
}
