import { parentPort } from 'node:worker_threads';
import { errorLine } from '../../core/errors.js';
import { createExtractor } from '../extractor.js';
import type { WorkRequest, WorkResponse } from './protocol.js';

// Runs in a worker thread: extraction only, results back as JSON text (cheaper to pass than objects).
const extractor = createExtractor();
parentPort!.on('message', (req: WorkRequest) => {
  const results = req.docs.map((doc) => {
    try {
      return { json: JSON.stringify(extractor.extract(doc)) };
    } catch (err) {
      return { error: errorLine(err, doc.origin).replace(/^accords: /, '') };
    }
  });
  parentPort!.postMessage({ batch: req.batch, results } satisfies WorkResponse);
});
