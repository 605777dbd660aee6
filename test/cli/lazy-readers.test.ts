import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tmp } from '../helpers.js';

const TRACE = join(ROOT, 'test/cli/fixtures/trace-packages.mjs');
const FIX = join(ROOT, 'src/readers/__fixtures__');
const JSONL = join(tmp(), 'one.jsonl');
writeFileSync(JSONL, '{"id":"j1","date":"2025-11-06","text":"Kazakhstan is poised to join."}\n');
const PARSERS = ['@mozilla/readability', 'fast-xml-parser', 'htmlparser2', 'linkedom'];

/** The parser packages an `extract` of the file loaded. */
function parsersLoaded(path: string): string[] {
  const r = runCli(['extract', path, '--json'], { env: { NODE_OPTIONS: `--import ${TRACE}` } });
  expect(r.code).toBe(0);
  const loaded = new Set(r.stderr.split('\n').filter((l) => l.startsWith('package ')).map((l) => l.slice(8)));
  return PARSERS.filter((p) => loaded.has(p));
}

describe('the HTML and feed parsers load with the first file that needs them', () => {
  it.each<[string, string[]]>([
    [join(FIX, 'dateline-space.txt'), []],
    [JSONL, []],
    [join(FIX, 'og-published-time.html'), ['@mozilla/readability', 'htmlparser2', 'linkedom']],
    [join(FIX, 'atom.xml'), ['fast-xml-parser', 'htmlparser2', 'linkedom']],
  ])('%s', (path, parsers) => {
    expect(parsersLoaded(path)).toEqual(parsers);
  });
});
