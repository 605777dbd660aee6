import { errorLine } from '../../core/errors.js';
import type { Extractor } from '../extractor.js';
import { jsonlOutput } from '../jsonl-output.js';
import { prepareRows } from '../prepare-document.js';
import type { DocResult, WorkRequest, WorkResponse } from './protocol.js';

const encoder = new TextEncoder();

/**
 * Does one request where extraction runs (a worker thread or a child process): results as JSON
 * text (for `prepare`, the rows to store: extractionRows), or for raw JSONL lines the output bytes themselves (cheaper to pass than objects).
 *
 * @example doWork(createExtractor(), { batch: 0, task: 'extract', docs: [doc] })  // { batch: 0, results: [{ json }] }
 */
export function doWork(extractor: Extractor, req: WorkRequest): WorkResponse {
  if (req.task === 'jsonl') {
    const buf = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
    let from = 0, ok = 0, failed = 0, text = '';
    for (let k = 0; k < req.ends.length; k++) {
      const end = req.ends[k]!;
      const r = jsonlOutput(buf.toString('utf8', from, end), req.firstLine + k, extractor, req.date);
      from = end;
      if (r === null) continue;
      text += r.line;
      if (r.ok) ok++;
      else failed++;
    }
    return { batch: req.batch, output: encoder.encode(text), ok, failed };
  }
  const results = req.docs.map((doc): DocResult => {
    if (req.task === 'prepare') {
      const p = prepareRows(doc, extractor);
      return p.ok ? { json: JSON.stringify(p.rows) } : { error: p.error };
    }
    try {
      return { json: JSON.stringify(extractor.extract(doc)) };
    } catch (err) {
      return { error: errorLine(err, doc.origin).replace(/^accords: /, '') };
    }
  });
  return { batch: req.batch, results };
}
