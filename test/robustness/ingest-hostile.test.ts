import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmp } from '../helpers.js';
import { buildHostileCorpus } from './hostile-corpus.js';

const MAX = 2 * 1024 * 1024;

describe('accords ingest over a folder of hostile inputs', () => {
  const dir = tmp('accords-ingest-hostile-');
  const news = join(dir, 'news');
  const db = join(dir, 'kb.db');
  mkdirSync(news);
  const expected = buildHostileCorpus(news, MAX);
  const docs = expected.filter((e) => 'doc' in e);
  const rejections = expected.flatMap((e) => ('error' in e ? [e] : []));
  const ingest = () => runCli(['ingest', news, '--db', db, '--no-reference', '--max-size', String(MAX), '--json']);

  it('stores every good document once, reports every other input with its reason, exits 3', () => {
    const r = ingest();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    const summary = JSON.parse(r.stdout) as { stored: number; duplicates: number; rejected: { input: string; error: string }[] };
    // One document is a copy of another under a new name: a duplicate.
    expect({ stored: summary.stored, duplicates: summary.duplicates }).toEqual({ stored: docs.length - 1, duplicates: 1 });
    const got = summary.rejected.map((x) => ({ input: x.input.slice(news.length + 1), error: x.error }));
    expect(got).toHaveLength(rejections.length);
    for (const e of rejections) expect(got).toContainEqual({ input: e.input, error: expect.stringMatching(e.error) });
  });

  it('a second run stores nothing new and reports the same rejections', () => {
    const r = ingest();
    expect(r.code).toBe(3);
    const summary = JSON.parse(r.stdout);
    expect({ stored: summary.stored, duplicates: summary.duplicates, rejected: summary.rejected.length })
      .toEqual({ stored: 0, duplicates: docs.length, rejected: rejections.length });
  });
});
