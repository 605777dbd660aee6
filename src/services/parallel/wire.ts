import type { SourceDocument } from '../../core/document.js';
import { frameParts, type Frame } from './frames.js';
import type { DocResult, WorkRequest, WorkResponse } from './protocol.js';

// Requests and answers as frames for a child process. Raw JSONL bytes and output bytes travel as
// the payload untouched; per-document JSON results travel as one payload with their byte sizes in
// the header (so the JSON is never escaped into another JSON string).

type RequestHeader =
  | { batch: number; task: 'extract' | 'prepare'; docs: readonly SourceDocument[] }
  | { batch: number; task: 'jsonl'; ends: readonly number[]; firstLine: number; date?: string };

type ResponseHeader =
  | { batch: number; ok: number; failed: number }
  | { batch: number; sizes: readonly (number | { error: string })[] };

export function requestFrame(req: WorkRequest): Buffer[] {
  if (req.task !== 'jsonl') return frameParts(req satisfies RequestHeader);
  const header: RequestHeader = { batch: req.batch, task: 'jsonl', ends: req.ends, firstLine: req.firstLine, date: req.date };
  return frameParts(header, req.bytes);
}

export function readRequest(frame: Frame): WorkRequest {
  const h = frame.header as RequestHeader;
  return h.task === 'jsonl' ? { ...h, bytes: frame.payload } : h;
}

export function responseFrame(res: WorkResponse): Buffer[] {
  if ('output' in res) return frameParts({ batch: res.batch, ok: res.ok, failed: res.failed } satisfies ResponseHeader, res.output);
  const texts: Buffer[] = [];
  const sizes = res.results.map((r) => {
    if ('error' in r) return { error: r.error };
    const b = Buffer.from(r.json);
    texts.push(b);
    return b.length;
  });
  return frameParts({ batch: res.batch, sizes } satisfies ResponseHeader, Buffer.concat(texts));
}

export function readResponse(frame: Frame): WorkResponse {
  const h = frame.header as ResponseHeader;
  if (!('sizes' in h)) return { ...h, output: frame.payload };
  let at = 0;
  const results = h.sizes.map((s): DocResult => {
    if (typeof s !== 'number') return s;
    at += s;
    return { json: frame.payload.toString('utf8', at - s, at) };
  });
  return { batch: h.batch, results };
}
