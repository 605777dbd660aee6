import { parentPort } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import type { WorkRequest } from './protocol.js';
import { doWork } from './work.js';

// Runs in a worker thread of the thread pool; output bytes are transferred, not copied.
const extractor = createExtractor();

parentPort!.on('message', (req: WorkRequest) => {
  const res = doWork(extractor, req);
  parentPort!.postMessage(res, 'output' in res ? [res.output.buffer as ArrayBuffer] : []);
});
