import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../core/document.js';
import { createExtractor } from '../services/extractor.js';
import { prepareDocument, type PreparedDocument } from '../services/ingest.js';

/**
 * Where a worker extracts documents: in its own thread for one job at a time, or in `threads`
 * worker threads so that `--concurrency N` uses N cores.
 *
 * @example const x = createExtraction(2); const p = await x.prepare(doc); await x.close();
 */
export interface Extraction {
  prepare(doc: SourceDocument): Promise<PreparedDocument>;
  close(): Promise<void>;
}

export function createExtraction(threads: number): Extraction {
  if (threads <= 1) {
    const extractor = createExtractor();
    return { prepare: async (doc) => prepareDocument(doc, extractor), close: async () => {} };
  }
  return threadExtraction(threads);
}

// The thread runs compiled JavaScript; from the TypeScript sources (tests) it is taken from dist/.
function threadUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new URL('./extract-thread.js', here);
  const src = fileURLToPath(new URL('./extract-thread.ts', here));
  return new URL('file://' + src.replace(/\/src\/(.*)\.ts$/, '/dist/$1.js'));
}

function threadExtraction(n: number): Extraction {
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<number, { resolve: (p: PreparedDocument) => void; reject: (e: Error) => void; worker: Worker }>();
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: n }, () => {
    const w = new Worker(threadUrl());
    w.on('message', (res: { seq: number; prepared: PreparedDocument }) => {
      pending.get(res.seq)?.resolve(res.prepared);
      pending.delete(res.seq);
      release(w);
    });
    // A thread that dies takes its document with it: that job fails (and is retried), and this
    // worker stops taking work rather than run short of a thread.
    w.on('error', (err) => {
      failure = err;
      for (const [id, p] of pending) if (p.worker === w) { pending.delete(id); p.reject(err); }
    });
    return w;
  });
  idle.push(...workers);
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const take = () => new Promise<Worker>((resolve) => {
    const w = idle.pop();
    if (w) resolve(w);
    else waiting.push(resolve);
  });
  return {
    async prepare(doc) {
      if (failure) throw failure;
      const w = await take();
      const id = seq++;
      return new Promise<PreparedDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        w.postMessage({ seq: id, doc });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
