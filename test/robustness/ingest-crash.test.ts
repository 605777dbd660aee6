import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI, hasShared, ROOT, SHARED, tmp } from '../helpers.js';

const BENCH = join(SHARED, 'data/bench/news-20k.jsonl');
const ARTICLES = 3000;
const CONCURRENT_ARTICLES = 400;

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function ingest(paths: string[], db: string, onSpawn?: (kill: () => void) => void): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'ingest', ...paths, '--db', db, '--no-reference', '--json'], { cwd: ROOT });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

/** Stored texts, read straight from the database file (never through the code under test). */
function storedTexts(db: string): string[] {
  if (!existsSync(db)) return [];
  const sqlite = new Database(db, { readonly: true, timeout: 5000 });
  try {
    return (sqlite.prepare('SELECT text FROM documents').all() as { text: string }[]).map((r) => r.text);
  } catch {
    return []; // the schema is not there yet
  } finally {
    sqlite.close();
  }
}

function integrity(db: string): { integrity: string; foreignKeyErrors: number } {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      integrity: (sqlite.pragma('integrity_check', { simple: true }) as string),
      foreignKeyErrors: (sqlite.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    sqlite.close();
  }
}

async function firstArticles(n: number): Promise<{ lines: string[]; records: { id: string; date: string; text: string }[] }> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(BENCH) })) {
    if (lines.length >= n) break;
    if (line.trim()) lines.push(line);
  }
  return { lines, records: lines.map((l) => JSON.parse(l)) };
}

const distinct = (texts: string[]) => new Set(texts.map((t) => t.normalize('NFC')));

describe.skipIf(!hasShared())('ingest of real articles: killed, rerun, and run twice at once', () => {
  it(`SIGKILL part-way through ${ARTICLES} articles, then a rerun: every document stored exactly once`, async () => {
    const dir = tmp('accords-crash-');
    const { lines, records } = await firstArticles(ARTICLES);
    writeFileSync(join(dir, 'news.jsonl'), lines.join('\n') + '\n');
    const want = distinct(records.map((r) => r.text));
    const db = join(dir, 'kb.db');
    let storedAtKill = 0;
    const killed = await ingest([join(dir, 'news.jsonl')], db, (kill) => {
      const poll = setInterval(() => {
        const n = storedTexts(db).length;
        if (n >= want.size * 0.5) {
          clearInterval(poll);
          kill();
        }
      }, 100);
    });
    expect(killed.signal).toBe('SIGKILL');
    storedAtKill = storedTexts(db).length;
    expect(storedAtKill).toBeGreaterThan(0);
    expect(storedAtKill).toBeLessThan(want.size);
    expect(integrity(db)).toEqual({ integrity: 'ok', foreignKeyErrors: 0 });

    const rerun = await ingest([join(dir, 'news.jsonl')], db);
    expect([rerun.code, rerun.stderr]).toEqual([0, '']);
    const summary = JSON.parse(rerun.stdout);
    expect(summary).toEqual({ stored: want.size - storedAtKill, duplicates: ARTICLES - want.size + storedAtKill, rejected: [] });
    const texts = storedTexts(db);
    expect(texts).toHaveLength(want.size);
    expect(distinct(texts)).toEqual(want);
    expect(integrity(db)).toEqual({ integrity: 'ok', foreignKeyErrors: 0 });
  }, 240_000);

  it(`two ingests of one folder of ${CONCURRENT_ARTICLES} articles at once: each stored exactly once`, async () => {
    const dir = tmp('accords-concurrent-');
    const news = join(dir, 'news');
    mkdirSync(news);
    const { records } = await firstArticles(CONCURRENT_ARTICLES);
    records.forEach((r, i) => writeFileSync(join(news, `${String(i).padStart(5, '0')}.txt`), `date ${r.date}\n\n${r.text}`));
    const want = distinct(records.map((r) => r.text));
    const db = join(dir, 'kb.db');
    const [a, b] = await Promise.all([ingest([news], db), ingest([news], db)]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    const [sa, sb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(sa.stored + sb.stored).toBe(want.size);
    expect(sa.stored + sa.duplicates).toBe(CONCURRENT_ARTICLES);
    expect(sb.stored + sb.duplicates).toBe(CONCURRENT_ARTICLES);
    const texts = storedTexts(db);
    expect(texts).toHaveLength(want.size);
    expect(distinct(texts)).toEqual(want);
    expect(integrity(db)).toEqual({ integrity: 'ok', foreignKeyErrors: 0 });
  }, 240_000);
});
