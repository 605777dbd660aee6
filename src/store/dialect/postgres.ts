import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from '../schema.js';
import type { DialectAdapter } from './adapter.js';
import { isPostgresUrl } from './backend.js';

/** Connections per process: reads run a few queries at once; a worker writes one document at a time per slot. */
const POOL_MAX = 8;

/**
 * PostgreSQL through node-postgres: a connection pool per process, named so that
 * `pg_stat_activity` tells Accords' sessions apart. Everything else PostgreSQL-specific lives beside
 * this file (column collation, full-text search, advisory locks, conflict retries).
 *
 * @example const db = postgresAdapter.open('postgres://postgres@127.0.0.1:5432/accords');
 */
export const postgresAdapter: DialectAdapter = {
  name: 'postgres',
  accepts: isPostgresUrl,
  open(target: string): Kysely<DB> {
    const pool = new pg.Pool({ connectionString: target, max: POOL_MAX, application_name: 'accords' });
    // An idle connection the server drops (restart, timeout) is replaced on the next query; without
    // a listener the pool's error event would end the process.
    pool.on('error', () => {});
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  },
};
