import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter as KyselyAdapter } from 'kysely';
import type { DB } from '../schema.js';
import type { DialectAdapter } from './adapter.js';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * Takes the write lock when a transaction starts: a deferred `begin` that later upgrades to a
 * writer fails with SQLITE_BUSY at once under WAL instead of waiting, so two ingest processes
 * on one database would not both finish.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite runs DDL in transactions; saying so makes Kysely's Migrator migrate inside one (an
 * immediate one, above), so two processes opening a new database do not both create its tables.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean { return true; }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly cfg: ConstructorParameters<typeof SqliteDialect>[0]) { super(cfg); }
  override createDriver(): SqliteDriver { return new ImmediateSqliteDriver(this.cfg); }
  override createAdapter(): KyselyAdapter { return new TransactionalDdlSqliteAdapter(); }
}

/** Switching a new file to WAL needs a moment alone with it; another process may be doing the same. */
function enableWal(sqlite: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if (!/locked|busy/i.test(String(err)) || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** Bytes per database page, for a database this adapter creates. */
const PAGE_SIZE = 16384;

/** Log size at which a checkpoint copies it into the database (10,000 pages of 4 KB, as before 16 KB pages). */
const WAL_CHECKPOINT_BYTES = 40 << 20;

/** Statements kept prepared: enough for every distinct query of an ingest (inserts vary by row count). */
const STATEMENT_CACHE = 512;

/**
 * The connection Kysely's driver sees: better-sqlite3 with each SQL text prepared once. Kysely
 * prepares every query it runs, and preparing costs more than running a small insert; SQLite
 * re-prepares a kept statement by itself after a schema change.
 */
function cachingConnection(sqlite: Database.Database): { prepare(sql: string): Database.Statement; close(): void } {
  const cache = new Map<string, Database.Statement>();
  return {
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt) return stmt;
      stmt = sqlite.prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(sql, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/**
 * SQLite through better-sqlite3: WAL journal, a busy timeout, foreign keys on.
 *
 * @example const db = sqliteAdapter.open('accords.db');
 */
export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  accepts: (target) => !/^postgres(ql)?:\/\//i.test(target),
  open(target: string): Kysely<DB> {
    return new Kysely<DB>({
      dialect: new ImmediateSqliteDialect({
        database: async () => {
          const sqlite = new Database(target, { timeout: BUSY_TIMEOUT_MS });
          // A new database only (an existing one keeps its own): 16 KB pages instead of 4 KB take
          // ingestion's writer 15-25% less CPU in SQLite (fewer pages to split, log and checkpoint).
          sqlite.pragma(`page_size = ${PAGE_SIZE}`);
          if (target !== ':memory:') enableWal(sqlite);
          sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
          sqlite.pragma('foreign_keys = ON');
          sqlite.pragma('synchronous = NORMAL');
          // Ingestion writes several indexes per table: a page cache that holds them (up to 64 MB)
          // and fewer checkpoints (each syncs the file) make writing two to three times faster.
          // A checkpoint once the log holds about 40 MB, whatever the page size.
          sqlite.pragma('cache_size = -65536');
          sqlite.pragma(`wal_autocheckpoint = ${Math.ceil(WAL_CHECKPOINT_BYTES / (sqlite.pragma('page_size', { simple: true }) as number))}`);
          return cachingConnection(sqlite);
        },
      }),
    });
  },
};
