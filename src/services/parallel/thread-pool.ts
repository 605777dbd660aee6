import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { dispatchPool } from './dispatch.js';
import type { ExtractionPool } from './extract-pool.js';
import { useExtractionFlags } from './v8-flags.js';
import type { WorkResponse } from './protocol.js';

// The worker is compiled JavaScript; tests that import the TypeScript sources still run it from dist/.
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new URL('./extract-worker.js', here);
  const src = fileURLToPath(new URL('./extract-worker.ts', here));
  return new URL('file://' + src.replace(/\/src\/(.*)\.ts$/, '/dist/$1.js'));
}

/**
 * Extraction in worker threads of this process. Raw JSONL bytes are transferred, not copied. The
 * threads share the process's V8 flags, so the extraction flags (v8-flags.ts) are set for the whole process.
 */
export function createThreadPool(threads: number): ExtractionPool {
  useExtractionFlags();
  return dispatchPool(threads, (_, events) => {
    const worker = new Worker(workerUrl());
    worker.on('message', (res: WorkResponse) => events.respond(res));
    worker.on('error', (err) => events.fail(err));
    return {
      send(req) {
        const transfer: TransferListItem[] = req.task === 'jsonl' ? [req.bytes.buffer as ArrayBuffer] : [];
        worker.postMessage(req, transfer);
      },
      async close() {
        await worker.terminate();
      },
    };
  });
}
