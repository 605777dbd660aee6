import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, ROOT, SHARED, tmp } from '../helpers.js';
import { createTestDatabase, dropTestDatabase, pgUrl, skipPostgres } from '../store/pg-server.js';
import { answers, cli, startCli } from './cli-process.js';

const ARTICLES = join(SHARED, 'eval/scenarios/2020-accords/articles');
const AGREEMENT = 'Abraham Accords';
const ENTITIES = ['ISR', 'ARE', 'BHR', 'SDN', 'MAR', 'USA', 'person:donald-trump', 'person:jared-kushner'];
// Before the story, at each turn of it, and long after.
const DATES = ['2020-08-01', '2020-08-14', '2020-09-12', '2020-09-16', '2020-10-22', '2020-10-24', '2020-12-11', '2020-12-23', '2021-01-07', '2021-06-01'];
const run = hasShared() && !skipPostgres();

describe.runIf(run)('the 2020 scenario on PostgreSQL, directly and through the job queue', () => {
  const dbs: string[] = [];
  const dir = tmp('accords-queue-');
  const expected: Record<string, Record<string, unknown>> = {};
  const newDb = async () => {
    const name = await createTestDatabase();
    dbs.push(name);
    return pgUrl(name);
  };
  afterAll(async () => {
    for (const d of dbs) await dropTestDatabase(d);
  });
  beforeAll(async () => {
    // The reference answers: SQLite, ingested in one process, with and without the curated data.
    for (const ref of ['ref', 'none']) {
      const file = join(dir, `${ref}.db`);
      const r = await cli(['ingest', ARTICLES, '--db', file, '--json', ...(ref === 'none' ? ['--no-reference'] : [])]);
      expect(r.code, r.stderr).toBe(0);
      expected[ref] = await answers(file, AGREEMENT, ENTITIES, DATES);
    }
  });

  it('answers as SQLite does when ingested in one process', async () => {
    const db = await newDb();
    const r = await cli(['ingest', ARTICLES, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ stored: 12, duplicates: 0, rejected: [] });
    expect(await answers(db, AGREEMENT, ENTITIES, DATES)).toEqual(expected.ref);
  });

  it('answers as SQLite does when queued and processed by two concurrent workers', async () => {
    const db = await newDb();
    const q = await cli(['ingest', ARTICLES, '--db', db, '--queue', '--no-reference', '--json']);
    expect(q.code, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout)).toEqual({ queued: 12, duplicates: 0, rejected: [] });
    const again = await cli(['ingest', ARTICLES, '--db', db, '--queue', '--json']);
    expect(JSON.parse(again.stdout).queued).toBe(12); // not stored yet, so queued again: the workers must store each text once
    const workers = await Promise.all([cli(['worker', '--db', db, '--until-empty', '--json']), cli(['worker', '--db', db, '--until-empty', '--concurrency', '2', '--json'])]);
    for (const w of workers) expect([w.code, w.stderr]).toEqual([0, '']);
    const sums = workers.map((w) => JSON.parse(w.stdout));
    expect(sums.reduce((n, s) => n + s.stored, 0)).toBe(12);
    expect(sums.reduce((n, s) => n + s.duplicates, 0)).toBe(12);
    expect(await answers(db, AGREEMENT, ENTITIES, DATES)).toEqual(expected.none);
  });

  it('answers as SQLite does when a worker is killed mid-way and another takes over', async () => {
    const db = await newDb();
    const env = { ACCORDS_JOB_TIMEOUT_SECONDS: '2' };
    expect((await cli(['ingest', ARTICLES, '--db', db, '--queue'], env)).code).toBe(0);
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const first = startCli(['worker', '--db', db]);
      const count = async (q: string) => Number((await client.query(q)).rows[0].n);
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && await count('select count(*) as n from documents') < 4;) {
        await new Promise((r) => setTimeout(r, 10));
      }
      // Hold writes to documents: the worker's next document stops half-stored, its job taken, its
      // transaction open. Killed there, it leaves both to the database and the queue to clean up.
      const blocker = new pg.Client({ connectionString: db });
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('lock table documents in share mode');
      for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
        if (await count(`select count(*) as n from pg_stat_activity where application_name = 'accords' and wait_event_type = 'Lock'`)) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      first.child.kill('SIGKILL');
      expect((await first.done).signal).toBe('SIGKILL');
      await blocker.query('commit');
      await blocker.end();
      const stranded = (await client.query(`select id from pgboss.job where state = 'active'`)).rows.map((r) => r.id);
      expect(stranded.length).toBeGreaterThan(0);
      const before = Number((await client.query('select count(*) as n from documents')).rows[0].n);
      expect(before).toBeGreaterThanOrEqual(4);
      expect(before).toBeLessThan(12);
      const second = await cli(['worker', '--db', db, '--until-empty', '--json']);
      expect([second.code, second.stderr]).toEqual([0, '']);
      expect(JSON.parse(second.stdout).stored).toBe(12 - before);
      // The job the dead worker held went back to the queue and was done by the second.
      const retried = await client.query(`select id, state, retry_count from pgboss.job where id = any($1::uuid[])`, [stranded]);
      for (const r of retried.rows) expect([r.state, r.retry_count >= 1]).toEqual(['completed', true]);
      expect(Number((await client.query('select count(*) as n from documents')).rows[0].n)).toBe(12);
    } finally {
      await client.end();
    }
    expect(await answers(db, AGREEMENT, ENTITIES, DATES)).toEqual(expected.ref);
  });
});

describe.runIf(!skipPostgres())('the example articles on PostgreSQL', () => {
  let name = '';
  afterAll(async () => {
    if (name) await dropTestDatabase(name);
  });
  it('answer as on SQLite, every query command at several dates', async () => {
    name = await createTestDatabase();
    const examples = join(ROOT, 'examples');
    const file = join(tmp('accords-examples-'), 'kb.db');
    const dates = ['2020-08-14', '2020-09-16', '2020-12-11', '2025-11-06', '2025-11-08'];
    const entities = ['KAZ', 'USA', 'ISR', 'ARE', 'MAR', 'person:donald-trump'];
    for (const db of [file, pgUrl(name)]) expect((await cli(['ingest', examples, '--db', db])).code).toBe(3); // examples/README.md has no date
    expect(await answers(pgUrl(name), AGREEMENT, entities, dates)).toEqual(await answers(file, AGREEMENT, entities, dates));
  });
});
