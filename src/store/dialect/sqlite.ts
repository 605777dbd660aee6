import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely';
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

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly cfg: ConstructorParameters<typeof SqliteDialect>[0]) { super(cfg); }
  override createDriver(): SqliteDriver { return new ImmediateSqliteDriver(this.cfg); }
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
          if (target !== ':memory:') sqlite.pragma('journal_mode = WAL');
          sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
          sqlite.pragma('foreign_keys = ON');
          sqlite.pragma('synchronous = NORMAL');
          return sqlite;
        },
      }),
    });
  },
};
