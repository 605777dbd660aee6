import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tmp } from '../helpers.js';

const dir = tmp('accords-kb-cli-');
const news = join(dir, 'news');
mkdirSync(news);
copyFileSync(join(ROOT, 'examples/2025-11-06-kazakhstan-expected.txt'), join(news, 'a.txt'));
copyFileSync(join(ROOT, 'examples/2025-11-07-kazakhstan-announced.txt'), join(news, 'b.txt'));
const undated = join(dir, 'undated.txt');
writeFileSync(undated, 'Kazakhstan is expected to join the Abraham Accords.');
const json = (r: { stdout: string }) => JSON.parse(r.stdout);

describe('accords ingest and the knowledge-base queries', () => {
  it('stores, counts duplicates, and exits 0 when all was stored', () => {
    const db = join(dir, 'a.db');
    const first = runCli(['ingest', news, '--db', db, '--json']);
    expect([first.code, json(first)]).toEqual([0, { stored: 2, duplicates: 0, rejected: [] }]);
    const again = runCli(['ingest', news, join(news, 'a.txt'), '--db', db, '--json']);
    expect([again.code, json(again)]).toEqual([0, { stored: 0, duplicates: 3, rejected: [] }]);
  });

  it('exits 3 when some inputs were rejected, and stores the rest', () => {
    const db = join(dir, 'b.db');
    const r = runCli(['ingest', news, undated, join(dir, 'missing.txt'), '--db', db, '--json']);
    expect(r.code).toBe(3);
    const s = json(r);
    expect([s.stored, s.duplicates, s.rejected.map((x: { input: string }) => x.input)]).toEqual([2, 0, [undated, join(dir, 'missing.txt')]]);
    expect(s.rejected.every((x: { error: string }) => x.error.length > 0)).toBe(true);
  });

  it('exits 1 with one error line on a fatal error', () => {
    const r = runCli(['ingest', news, '--db', join(dir, 'no-such-folder', 'x.db'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^accords: .+\n$/);
  });

  it('loads the reference data into a new database unless --no-reference', () => {
    const withRef = runCli(['members', 'Abraham Accords', '--as-of', '2025-11-05', '--db', join(dir, 'c.db'), '--json']);
    expect(json(withRef).map((m: { state: string }) => m.state)).toEqual(['ARE', 'BHR', 'ISR', 'MAR', 'SDN']);
    const db = join(dir, 'd.db');
    runCli(['ingest', join(news, 'a.txt'), '--db', db, '--no-reference']);
    const empty = runCli(['members', 'Abraham Accords', '--as-of', '2025-11-05', '--db', db, '--json']);
    expect(json(empty)).toEqual([]);
  });

  it('takes the database from ACCORDS_DB', () => {
    const db = join(dir, 'e.db');
    runCli(['ingest', news], { env: { ACCORDS_DB: db } });
    const r = runCli(['claims', '--entity', 'KAZ', '--as-of', '2025-12-01', '--json'], { env: { ACCORDS_DB: db } });
    expect(r.code).toBe(0);
    const join_ = json(r).find((c: { predicate: string; object: string }) => c.predicate === 'join' && c.object === 'agreement:abraham-accords');
    // the 2025-11-07 article tells the announcement and the government's confirmation
    expect(join_.history.map((h: { date: string }) => h.date)).toEqual(['2025-11-06', '2025-11-07', '2025-11-07']);
  });

  it('refuses a bad --as-of with one error line', () => {
    const r = runCli(['predictions', '--as-of', 'tomorrow', '--db', join(dir, 'f.db'), '--json']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe('accords: --as-of must be a date YYYY-MM-DD, got "tomorrow" (--as-of)\n');
  });

  it('prints readable tables without --json', () => {
    const db = join(dir, 'g.db');
    runCli(['ingest', news, '--db', db]);
    for (const args of [['members', 'Abraham Accords'], ['timeline', 'KAZ'], ['entity', 'Kazakhstan']]) {
      const r = runCli([...args, '--db', db, '--as-of', '2025-12-01']);
      expect([args[0], r.code, r.stderr]).toEqual([args[0], 0, '']);
      expect(r.stdout.length).toBeGreaterThan(20);
    }
  });
});
