import { PostgresAdapter, sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * A value that changes whenever another connection commits to the database, or null when the
 * backend offers no cheap check (then nothing is cached). SQLite: its `data_version`, which
 * commits through this same connection do not change (their writer says so itself).
 * PostgreSQL: the write-ahead log position (replayed position on a standby), which every commit
 * that changes data moves; it moves for other databases of the server too, and for maintenance,
 * which only costs a cache a recomputation, never a stale answer.
 *
 * @example const v = await dataVersion(db); // '3', or '0/1A2B3C8' on PostgreSQL
 */
export async function dataVersion(db: Kysely<any>): Promise<string | null> {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) {
    const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return String(r.rows[0]?.data_version ?? '');
  }
  if (adapter instanceof PostgresAdapter) {
    const r = await sql<{ lsn: string | null }>`select (case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_lsn() end)::text as lsn`.execute(db);
    return r.rows[0]?.lsn ?? null;
  }
  return null;
}
