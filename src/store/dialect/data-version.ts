import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * A value that changes whenever another connection commits to the database (SQLite's
 * `data_version`), or null when the backend offers no such cheap check (then nothing is cached).
 * Commits made through this same connection do not change it: their writer says so itself.
 *
 * @example const v = await dataVersion(db); // '3'
 */
export async function dataVersion(db: Kysely<any>): Promise<string | null> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return null;
  const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return String(r.rows[0]?.data_version ?? '');
}
