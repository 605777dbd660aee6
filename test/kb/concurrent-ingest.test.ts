import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'accords-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(db: string, prefix: string, count: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/kb/fixtures/ingest-worker.ts', db, prefix, String(count)], { cwd: root });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

describe('two ingest processes on one SQLite database', () => {
  it('both finish, and a text both stored is stored once', async () => {
    const db = join(dir, 'kb.db');
    const [a, b] = await Promise.all([run(db, 'shared', 40), run(db, 'shared', 40)]);
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
    const sa = JSON.parse(a.out), sb = JSON.parse(b.out);
    expect(sa.stored + sb.stored).toBe(40);
    expect(sa.duplicates + sb.duplicates).toBe(40);
    const kdb = await openDatabase(db);
    const n = await kdb.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const facts = await kdb.selectFrom('membership_facts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await kdb.destroy();
    expect(Number(n.n)).toBe(40);
    expect(Number(facts.n)).toBeGreaterThan(0);
  });
});
