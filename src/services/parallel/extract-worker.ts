import { parentPort } from 'node:worker_threads';
import { errorLine } from '../../core/errors.js';
import { createExtractor } from '../extractor.js';
import { prepareDocument } from '../prepare-document.js';
import { jsonlOutput } from '../jsonl-output.js';
import type { DocResult, WorkRequest, WorkResponse } from './protocol.js';

// Runs in a worker thread: extraction only, results back as JSON text or bytes (cheaper to pass than objects).
const extractor = createExtractor();
const encoder = new TextEncoder();

parentPort!.on('message', (req: WorkRequest) => {
  if (req.task === 'jsonl') {
    const buf = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
    let from = 0, ok = 0, failed = 0, text = '';
    req.ends.forEach((end, k) => {
      const r = jsonlOutput(buf.toString('utf8', from, end), req.firstLine + k, extractor, req.date);
      from = end;
      if (r === null) return;
      text += r.line;
      if (r.ok) ok++;
      else failed++;
    });
    const output = encoder.encode(text);
    parentPort!.postMessage({ batch: req.batch, output, ok, failed } satisfies WorkResponse, [output.buffer]);
    return;
  }
  const results = req.docs.map((doc): DocResult => {
    if (req.task === 'prepare') {
      const p = prepareDocument(doc, extractor);
      return p.ok ? { json: JSON.stringify({ extraction: p.extraction, frames: p.frames }) } : { error: p.error };
    }
    try {
      return { json: JSON.stringify(extractor.extract(doc)) };
    } catch (err) {
      return { error: errorLine(err, doc.origin).replace(/^accords: /, '') };
    }
  });
  parentPort!.postMessage({ batch: req.batch, results } satisfies WorkResponse);
});
