import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmp } from '../helpers.js';

describe('accords ingest --json warnings', () => {
  it('reports a Latin-1 fallback as a warning on an input it still stored', () => {
    const dir = tmp('accords-warn-');
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('date 2025-11-06\nCaf\xe9 talks in Astana ended.\n', 'latin1'));
    const utf8 = join(dir, 'utf8.txt');
    writeFileSync(utf8, 'date 2025-11-06\nTalks in Astana ended on Thursday.\n');
    const r = runCli(['ingest', latin1, utf8, '--db', join(dir, 'kb.db'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ stored: 2, duplicates: 0, rejected: [] });
    expect(out.warnings).toEqual([{ input: latin1, warning: expect.stringMatching(/Windows-1252|Latin-1/) }]);
  });

  it('has no warnings field when nothing was noted', () => {
    const dir = tmp('accords-warn-');
    const utf8 = join(dir, 'utf8.txt');
    writeFileSync(utf8, 'date 2025-11-06\nTalks in Astana ended on Thursday.\n');
    const out = JSON.parse(runCli(['ingest', utf8, '--db', join(dir, 'kb.db'), '--json']).stdout);
    expect(out).toEqual({ stored: 1, duplicates: 0, rejected: [] });
  });
});
