import { existsSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.js';
import { createExtractor } from '../extractor.js';
import { extractJsonlStream, inThread } from '../jsonl-extract.js';
import { prepareRows } from '../prepare-document.js';
import { createProcessPool } from './process-pool.js';

// The children run the compiled worker (npm test builds first).
const built = existsSync(new URL('../../../dist/services/parallel/extract-process.js', import.meta.url));

const lines = Array.from({ length: 60 }, (_, i) => i % 7 === 3
  ? '{not json'
  : JSON.stringify({ id: `d${i}`, date: '2025-01-02', text: `Talks ${i}: Kazakhstan will join the Abraham Accords on ${i % 28 + 1} March, officials said.` }));

async function jsonlVia(extract: Parameters<typeof extractJsonlStream>[2], batchLines: number): Promise<string> {
  let out = '';
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { out += chunk.toString(); done(); } });
  await extractJsonlStream(Readable.from([Buffer.from(lines.join('\n'))]), sink, extract, { inFlight: 6, batchLines });
  return out;
}

describe.skipIf(!built)('process pool', () => {
  const pool = createProcessPool(2);
  afterAll(() => pool.close());

  it('JSONL output is byte for byte what one thread writes, in input order', async () => {
    const expected = await jsonlVia(inThread(createExtractor()), 16);
    const viaPool = await jsonlVia(async (b) => {
      const r = await pool.run({ task: 'jsonl', ...b });
      if (!('output' in r)) throw new Error('no output');
      return r;
    }, 3);
    expect(viaPool).toBe(expected);
    expect(viaPool.split('\n').filter((l) => l.includes('malformed JSON'))).toHaveLength(9);
  });

  it('extract and prepare answer each document, in order', async () => {
    const doc = makeDocument({ id: 'a', date: '2025-01-02', text: 'Kazakhstan joined the Abraham Accords on Thursday.', origin: 'a.txt', format: 'text' });
    const [r] = await pool.extractBatch([doc]);
    expect(r && 'json' in r && JSON.parse(r.json)).toEqual(JSON.parse(JSON.stringify(createExtractor().extract(doc))));
    const prepared = await pool.prepareBatch([doc, { ...doc, id: 'b' }]);
    const rows = (id: string) => JSON.parse(JSON.stringify((prepareRows({ ...doc, id }, createExtractor()) as { rows: unknown }).rows));
    expect(prepared.map((p) => 'json' in p && JSON.parse(p.json))).toEqual([rows('a'), rows('b')]);
    expect(prepared.map((p) => 'json' in p && JSON.parse(p.json).mentions[0][0])).toEqual(['a', 'b']);
  });
});

describe.skipIf(!built)('process pool: a child that dies', () => {
  it('fails its work with an error naming it, and later work at once', async () => {
    const pool = createProcessPool(1, ['-e', 'process.stderr.write("out of luck\\n"); process.exit(3)']);
    const work = { task: 'jsonl', bytes: Buffer.from('{}'), ends: [2], firstLine: 1 } as const;
    await expect(pool.run(work)).rejects.toThrow('extraction process 1 of 1 exited with code 3: out of luck');
    await expect(pool.run(work)).rejects.toThrow('exited with code 3');
    await pool.close();
  });

  it('names its last error line, not the stack or version lines after it', async () => {
    const pool = createProcessPool(1, ['-e', 'console.error("TypeError: x is undefined\\n    at f (a.js:1:1)\\n\\nNode.js v20"); process.exit(1)']);
    await expect(pool.run({ task: 'extract', docs: [] })).rejects.toThrow('extraction process 1 of 1 exited with code 1: TypeError: x is undefined');
    await pool.close();
  });
});
