import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractJsonlStream, type LinesExtract } from './jsonl-extract.js';

const sink = () => new Writable({ write(_chunk, _enc, done) { done(); } });
const input = () => Readable.from([Buffer.from(['a', 'b', 'c', 'd'].join('\n'))]);

describe('extractJsonlStream', () => {
  it('a later batch failing while an earlier one is under way: that error, in order, and no unhandled rejection', async () => {
    let n = 0;
    const extract: LinesExtract = (b) => {
      const k = n++;
      if (k === 0) return new Promise((done) => setTimeout(() => done({ output: new Uint8Array(b.ends.length), ok: 1, failed: 0 }), 50));
      return Promise.reject(new Error(`batch ${k} failed`));
    };
    await expect(extractJsonlStream(input(), sink(), extract, { batchLines: 1, inFlight: 4 })).rejects.toThrow('batch 1 failed');
  });
});
