import type { SourceDocument } from '../../core/document.js';
import { createExtractionPool, type ExtractionPool, type PoolResult } from '../parallel/extract-pool.js';

/**
 * Extraction for a long-running server: in one child process, started on first use, so that a
 * large document does not stall the event loop that answers reads meanwhile. A child that dies
 * (out of memory on a huge text) fails its document with an error naming it; the next document
 * starts a new child.
 *
 * @example const bg = backgroundExtraction(); await ingestOne(kb, input, bg); await bg.close();
 */
export interface BackgroundExtraction {
  /** The rows each document adds (as `ExtractionPool.prepareBatch`). */
  prepareBatch(docs: readonly SourceDocument[]): Promise<readonly PoolResult[]>;
  /** Stops the child, if one runs. */
  close(): Promise<void>;
}

export function backgroundExtraction(start: () => ExtractionPool = () => createExtractionPool(1)): BackgroundExtraction {
  let pool: ExtractionPool | null = null;
  return {
    async prepareBatch(docs) {
      const current = (pool ??= start());
      try {
        return await current.prepareBatch(docs);
      } catch (err) {
        // a pool whose child died refuses all later work: drop it, the next document starts another
        if (pool === current) pool = null;
        await current.close().catch(() => {});
        throw err;
      }
    },
    async close() {
      const current = pool;
      pool = null;
      await current?.close();
    },
  };
}
