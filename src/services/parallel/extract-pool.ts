import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../../core/document.js';
import type { WorkRequest, WorkResponse } from './protocol.js';

export type PoolResult = { readonly json: string } | { readonly error: string };

/**
 * Extraction on every core: documents go to worker threads in small batches and come back as
 * contract JSON text, in submission order.
 *
 * @example
 * const pool = createExtractionPool();
 * const [r] = await pool.extractBatch([doc]);
 * await pool.close();
 */
export interface ExtractionPool {
  readonly threads: number;
  extractBatch(docs: readonly SourceDocument[]): Promise<readonly PoolResult[]>;
  close(): Promise<void>;
}

// The worker is compiled JavaScript; tests that import the TypeScript sources still run it from dist/.
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new URL('./extract-worker.js', here);
  const src = fileURLToPath(new URL('./extract-worker.ts', here));
  return new URL('file://' + src.replace(/\/src\/(.*)\.ts$/, '/dist/$1.js'));
}

export function createExtractionPool(threads = availableParallelism()): ExtractionPool {
  const n = Math.max(1, threads);
  const workers = Array.from({ length: n }, () => new Worker(workerUrl()));
  const load = new Array<number>(n).fill(0);
  const pending = new Map<number, { resolve: (r: readonly PoolResult[]) => void; reject: (e: Error) => void; worker: number }>();
  let nextBatch = 0;
  let failure: Error | null = null;
  workers.forEach((w, i) => {
    w.on('message', (res: WorkResponse) => {
      const p = pending.get(res.batch);
      if (!p) return;
      pending.delete(res.batch);
      load[i]!--;
      p.resolve(res.results);
    });
    w.on('error', (err) => {
      failure = err;
      for (const [id, p] of pending) if (p.worker === i) { pending.delete(id); p.reject(err); }
    });
  });
  return {
    threads: n,
    extractBatch(docs) {
      if (failure) return Promise.reject(failure);
      let best = 0;
      for (let i = 1; i < n; i++) if (load[i]! < load[best]!) best = i;
      const batch = nextBatch++;
      load[best]!++;
      return new Promise((resolve, reject) => {
        pending.set(batch, { resolve, reject, worker: best });
        workers[best]!.postMessage({ batch, docs } satisfies WorkRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
