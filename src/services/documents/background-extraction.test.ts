import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.js';
import type { ExtractionPool } from '../parallel/extract-pool.js';
import { backgroundExtraction } from './background-extraction.js';

const doc = makeDocument({ id: 'd', date: '2025-11-06', text: 'Kazakhstan will join the Abraham Accords.', origin: 'test', format: 'text' });

/** A pool that answers `answer` (or fails with it) and records whether it was closed. */
function fakePool(answer: string | Error): ExtractionPool & { closed: boolean } {
  const pool = {
    threads: 1, closed: false,
    extractBatch: async () => [],
    prepareBatch: async () => { if (answer instanceof Error) throw answer; return [{ json: answer }]; },
    run: async () => ({ batch: 0, results: [] }),
    async close() { pool.closed = true; },
  };
  return pool;
}

describe('background extraction', () => {
  it('starts no child before the first document, then keeps one for the next', async () => {
    const pools = [fakePool('{"a":1}'), fakePool('{"b":2}')];
    let started = 0;
    const bg = backgroundExtraction(() => pools[started++]!);
    expect(started).toBe(0);
    expect(await bg.prepareBatch([doc])).toEqual([{ json: '{"a":1}' }]);
    expect(await bg.prepareBatch([doc])).toEqual([{ json: '{"a":1}' }]);
    expect(started).toBe(1);
    await bg.close();
    expect(pools[0]!.closed).toBe(true);
  });

  it('fails the document of a child that died, and starts a new child for the next', async () => {
    const dead = fakePool(new Error('extraction process 1 of 1 was killed (SIGKILL)'));
    const fresh = fakePool('{"ok":true}');
    const pools = [dead, fresh];
    let started = 0;
    const bg = backgroundExtraction(() => pools[started++]!);
    await expect(bg.prepareBatch([doc])).rejects.toThrow('extraction process 1 of 1 was killed (SIGKILL)');
    expect(dead.closed).toBe(true);
    expect(await bg.prepareBatch([doc])).toEqual([{ json: '{"ok":true}' }]);
    expect(started).toBe(2);
    await bg.close();
    expect(fresh.closed).toBe(true);
  });

  it('closing before any document starts nothing', async () => {
    let started = 0;
    const bg = backgroundExtraction(() => { started++; return fakePool('{}'); });
    await bg.close();
    expect(started).toBe(0);
  });
});
