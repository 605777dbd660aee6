import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from './inputs.js';
import { fsReason } from './reason.js';

const collect = async (paths: string[]) => {
  const out: InputItem[] = [];
  for await (const i of readInputs(paths)) out.push(i);
  return out;
};
const show = (dir: string, items: InputItem[]) =>
  items.map((i) => (i.kind === 'document' ? `doc ${relative(dir, i.doc.origin)}` : `rejected ${relative(dir, i.input)}: ${i.error}`));

describe('readInputs: walking folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accords-inputs-'));
  const w = (p: string, s: string) => writeFileSync(join(dir, p), s);
  mkdirSync(join(dir, 'b/deeper'), { recursive: true });
  mkdirSync(join(dir, '.cache'));
  w('b/deeper/z.txt', 'date 2025-11-01 Z.');
  w('b/a.txt', 'date 2025-11-02 A.');
  w('c.txt', 'date 2025-11-03 C.');
  w('.hidden.txt', 'date 2025-11-04 H.');
  w('.cache/x.txt', 'date 2025-11-05 X.');
  symlinkSync(join(dir, 'b'), join(dir, 'b-alias'));

  it('walks in a stable sorted order, skips hidden entries, reads an aliased folder once', async () => {
    expect(show(dir, await collect([dir]))).toEqual([
      'doc b/a.txt', 'doc b/deeper/z.txt',
      'rejected b-alias: folder already read as ' + join(dir, 'b') + '; not read twice',
      'doc c.txt',
    ]);
  });

  it('reads a hidden file named explicitly, and keeps the order of the paths given', async () => {
    expect(show(dir, await collect([join(dir, 'c.txt'), join(dir, '.hidden.txt'), join(dir, 'nope.txt')]))).toEqual([
      'doc c.txt', 'doc .hidden.txt', 'rejected nope.txt: no such file',
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports unreadable files and folders (permission denied)', async () => {
    w('locked.txt', 'date 2025-11-06 L.');
    mkdirSync(join(dir, 'locked-dir'));
    chmodSync(join(dir, 'locked.txt'), 0);
    chmodSync(join(dir, 'locked-dir'), 0);
    const got = show(dir, await collect([join(dir, 'locked.txt'), join(dir, 'locked-dir')]));
    chmodSync(join(dir, 'locked.txt'), 0o644);
    chmodSync(join(dir, 'locked-dir'), 0o755);
    expect(got).toEqual(['rejected locked.txt: permission denied', 'rejected locked-dir: cannot list folder: permission denied']);
  });

  it.each<[string, string]>([
    ['EACCES', 'permission denied'], ['EPERM', 'permission denied'], ['ELOOP', 'symbolic link loop'], ['ENOENT', 'no such file'], ['EMFILE', 'cannot read (EMFILE)'],
  ])('%s is said as "%s"', (code, said) => expect(fsReason(code)).toBe(said));
});
