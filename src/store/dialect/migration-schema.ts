import { sql, type Kysely } from 'kysely';
import { isPostgres } from './backend.js';

/**
 * The schema that holds the migration bookkeeping: on PostgreSQL the connection's current schema,
 * named explicitly because Kysely otherwise looks for its table in every schema of the database
 * and would take another schema's (another app, another Accords base) for ours. SQLite has one.
 *
 * @example new Migrator({ db, provider, migrationTableSchema: await migrationSchemaOf(db) })
 */
export async function migrationSchemaOf(db: Kysely<any>): Promise<string | undefined> {
  if (!isPostgres(db)) return undefined;
  const r = await sql<{ s: string | null }>`select current_schema() as s`.execute(db);
  return r.rows[0]?.s ?? 'public';
}
