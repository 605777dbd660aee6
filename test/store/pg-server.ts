import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local server the PostgreSQL tests use; its `postgres` database is only used to create and drop theirs. */
export const PG_ADMIN_URL = process.env.ACCORDS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Whether the PostgreSQL tests are skipped: only when ACCORDS_SKIP_PG=1 and not in CI. Anywhere
 * else a missing server fails them, with a message saying how to start one.
 */
export function skipPostgres(): boolean {
  const skip = process.env.ACCORDS_SKIP_PG === '1' && !process.env.CI;
  if (skip) console.warn('notice: ACCORDS_SKIP_PG=1: the PostgreSQL tests are skipped');
  return skip;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL did not answer at ${url} (${(err as Error).message}). Start it with ` +
      '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, point ACCORDS_TEST_PG at another server, ' +
      'or (outside CI) set ACCORDS_SKIP_PG=1 to skip the PostgreSQL tests.');
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the test server, optionally with a search_path. */
export function pgUrl(name: string, schema?: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  if (schema) u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/**
 * Creates a fresh database for one test run (`accords_test_<pid>_<random>`); drop it with
 * dropTestDatabase when the run ends.
 *
 * @example const name = await createTestDatabase(); … await dropTestDatabase(name);
 */
export async function createTestDatabase(): Promise<string> {
  const name = `accords_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(async (c) => {
    await dropLeftovers(c);
    await c.query(`create database ${name}`);
  });
  return name;
}

let swept = false;

/** Drops the databases of test runs that were killed before they could (their process is gone). */
async function dropLeftovers(c: pg.Client): Promise<void> {
  if (swept) return;
  swept = true;
  const { rows } = await c.query<{ datname: string }>(`select datname from pg_database where datname ~ '^accords_test_[0-9]+_[0-9a-f]+$'`);
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (alive(pid)) continue;
    await c.query(`drop database if exists ${datname} with (force)`).catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}

/** Creates a schema in a test database (a cheap fresh namespace per test). */
export async function createSchema(database: string, schema: string): Promise<void> {
  await admin((c) => c.query(`create schema ${schema}`), pgUrl(database));
}
