import type { Kysely } from 'kysely';
import { AccordsError } from '../core/errors.js';
import type { DialectAdapter } from './dialect/adapter.js';
import { sqliteAdapter } from './dialect/sqlite.js';
import { migrateToLatest } from './migrate.js';
import type { DB } from './schema.js';

/** The backends this build can open, tried in order. */
export const ADAPTERS: readonly DialectAdapter[] = [sqliteAdapter];

/**
 * Opens the database a `--db` value names and brings it to the latest schema.
 *
 * @example const db = await openDatabase('accords.db');
 */
export async function openDatabase(target: string, adapters: readonly DialectAdapter[] = ADAPTERS): Promise<Kysely<DB>> {
  if (/^postgres(ql)?:\/\//i.test(target) && !adapters.some((a) => a.name === 'postgres')) {
    throw new AccordsError('PostgreSQL is not supported by this build yet', target);
  }
  const adapter = adapters.find((a) => a.accepts(target));
  if (!adapter) throw new AccordsError('no database backend accepts this target', target);
  const db = adapter.open(target);
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    if (err instanceof AccordsError) throw err;
    throw new AccordsError(`cannot open database: ${err instanceof Error ? err.message : String(err)}`, target);
  }
  return db;
}
