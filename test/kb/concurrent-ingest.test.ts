import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import { readReferenceData } from '../../src/store/reference/reference-data.js';
import { createTestDatabase, dropTestDatabase, pgUrl, skipPostgres } from '../store/pg-server.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'accords-concurrent-'));
const databases: Promise<string>[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const d of databases) await dropTestDatabase(await d);
});

function run(db: string, prefix: string, count: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/kb/fixtures/ingest-worker.ts', db, prefix, String(count)], { cwd: root });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** Each target is a database no process has opened yet: both create it at once. */
const TARGETS: { name: string; target(): Promise<string> }[] = [
  { name: 'SQLite', target: async () => join(dir, 'kb.db') },
  ...(skipPostgres() ? [] : [{ name: 'PostgreSQL', target: async () => {
    const name = createTestDatabase();
    databases.push(name);
    return pgUrl(await name);
  } }]),
];

for (const t of TARGETS) {
  describe(`three ingest processes on one new ${t.name} database`, () => {
    it('all finish, the schema and reference data are set up once, and a text all stored is stored once', async () => {
      const db = await t.target();
      const runs = await Promise.all([run(db, 'shared', 40), run(db, 'shared', 40), run(db, 'shared', 40)]);
      expect(runs.map((r) => [r.code, r.err])).toEqual([[0, ''], [0, ''], [0, '']]);
      const sums = runs.map((r) => JSON.parse(r.out));
      expect(sums.reduce((n, s) => n + s.stored, 0)).toBe(40);
      expect(sums.reduce((n, s) => n + s.duplicates, 0)).toBe(80);
      const kdb = await openDatabase(db);
      const count = async (table: 'documents' | 'membership_facts' | 'claim_reports' | 'claims') =>
        Number((await kdb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const counts = [await count('documents'), await count('membership_facts'), await count('claim_reports'), await count('claims')];
      const meta = await kdb.selectFrom('meta').select(['key', 'value']).where('key', '=', 'reference').execute();
      await kdb.destroy();
      expect(counts).toEqual([40, new Set(readReferenceData().memberships.map((f) => `${f.agreement}|${f.state}|${f.stage}|${f.source}`)).size, 40 * 30, 1]);
      expect(meta).toEqual([{ key: 'reference', value: 'loaded' }]);
    });
  });
}
