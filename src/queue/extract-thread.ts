import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../core/document.js';
import { createExtractor } from '../services/extractor.js';
import { prepareDocument } from '../services/ingest.js';

// Runs in a worker thread: one document at a time, extracted and sent back ready to store.
const extractor = createExtractor();
parentPort!.on('message', (req: { seq: number; doc: SourceDocument }) => {
  parentPort!.postMessage({ seq: req.seq, prepared: prepareDocument(req.doc, extractor) });
});
