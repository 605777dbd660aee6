// Ingest on PostgreSQL: one process (`ingest`), and the queue drained by one and by two `worker`
// processes, each run into a fresh database on the local server (dropped after).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { CLI } from './shared.mjs';
import { measure } from './measure.mjs';

const ADMIN = process.env.ACCORDS_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 5000 });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function withDatabase(fn) {
  const name = `accords_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  try { return await fn(url.toString()); } finally { await admin(`drop database if exists ${name} with (force)`); }
}

const ok = (r, what) => {
  if (r.code !== 0 && r.code !== 3) throw new Error(`${what} failed: ${r.stderr.trim().split('\n').pop()}`);
  return r;
};

/** docs/s for `n` documents in `input` (JSONL); null (with the reason) when no server answers. */
export async function benchPostgres(input, n, log) {
  try {
    await admin('select 1');
  } catch (err) {
    log(`postgres  unavailable at ${ADMIN}: ${err.message}`);
    return null;
  }
  const rate = (s) => +(n / s).toFixed(1);
  const direct = await withDatabase(async (db) => rate(ok(await measure([CLI, 'ingest', input, '--db', db, '--json']), 'ingest').seconds));
  log(`postgres  ingest, one process: ${n} docs, ${direct} docs/s`);
  const workers = {};
  for (const count of [1, 2]) {
    workers[`workers${count}`] = await withDatabase(async (db) => {
      const q = ok(await measure([CLI, 'ingest', input, '--db', db, '--queue', '--json']), 'ingest --queue');
      // Wall time from the workers' start to the last one's exit: start-up and the final empty poll included.
      const t0 = performance.now();
      const runs = await Promise.all(Array.from({ length: count }, () => measure([CLI, 'worker', '--db', db, '--until-empty'])));
      const seconds = (performance.now() - t0) / 1000;
      runs.forEach((r) => ok(r, 'worker'));
      log(`postgres  queue: ${n} docs queued in ${q.seconds.toFixed(1)} s, ${count} worker(s): ${rate(seconds)} docs/s, peak RSS ${Math.max(...runs.map((r) => r.peakRssMB))} MB`);
      return rate(seconds);
    });
  }
  return { docs: n, direct, ...workers };
}
