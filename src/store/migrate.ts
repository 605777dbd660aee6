import { Migrator, type Kysely } from 'kysely';
import { AccordsError } from '../core/errors.js';
import { migrationSchemaOf } from './dialect/migration-schema.js';
import { migrationProvider } from './migrations/index.js';
import type { DB } from './schema.js';

/** Brings a database to the latest schema; throws an AccordsError naming the failed migration. */
export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: await migrationSchemaOf(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const msg = error instanceof Error ? error.message : String(error);
    throw new AccordsError(`migration ${failed} failed: ${msg}`, 'database');
  }
}
