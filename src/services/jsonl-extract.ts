import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { SourceDocument } from '../core/document.js';
import { errorLine } from '../core/errors.js';
import { parseJsonlRecord } from '../readers/jsonl-record.js';
import type { Extractor } from './extractor.js';
import type { PoolResult } from './parallel/extract-pool.js';

/** Something that extracts a batch of documents: the worker pool, or an extractor in this thread. */
export type BatchExtract = (docs: readonly SourceDocument[]) => Promise<readonly PoolResult[]>;

export function inThread(extractor: Extractor): BatchExtract {
  return async (docs) => docs.map((doc) => {
    try {
      return { json: JSON.stringify(extractor.extract(doc)) };
    } catch (err) {
      return { error: errorLine(err, doc.origin).replace(/^accords: /, '') };
    }
  });
}

const BATCH = 16;

type Slot = { line: number; id: string | null } & ({ doc: SourceDocument } | { error: string });

/**
 * `extract --jsonl`: one `{id,date,text,title?}` a line in, one result (or `{id,error}`) a line out,
 * in input order. A bad line never stops the stream. At most `inFlight` batches are being
 * extracted at once, so memory stays bounded whatever the input size.
 */
export async function extractJsonlStream(input: Readable, output: Writable, extract: BatchExtract,
  opts: { date?: string; inFlight?: number } = {}): Promise<{ ok: number; failed: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const queue: Promise<string>[] = [];
  const maxInFlight = opts.inFlight ?? 4;
  let lineNo = 0, ok = 0, failed = 0;
  let slots: Slot[] = [];

  const write = async (s: string) => {
    if (!output.write(s)) await new Promise<void>((r) => output.once('drain', () => r()));
  };
  const dispatch = () => {
    const batch = slots;
    slots = [];
    const docs = batch.flatMap((s) => ('doc' in s ? [s.doc] : []));
    queue.push(extract(docs).then((results) => {
      let k = 0;
      return batch.map((s) => {
        if ('error' in s) { failed++; return JSON.stringify({ id: s.id, error: s.error }) + '\n'; }
        const r = results[k++]!;
        if ('json' in r) { ok++; return r.json + '\n'; }
        failed++;
        return JSON.stringify({ id: s.id, error: r.error }) + '\n';
      }).join('');
    }));
  };

  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    const where = `stdin:${lineNo}`;
    try {
      const doc = parseJsonlRecord(line, where, opts);
      slots.push({ line: lineNo, id: doc.id, doc });
    } catch (err) {
      slots.push({ line: lineNo, id: idOf(line), error: errorLine(err, where).replace(/^accords: /, '') });
    }
    if (slots.length >= BATCH) {
      dispatch();
      while (queue.length >= maxInFlight) await write(await queue.shift()!);
    }
  }
  if (slots.length) dispatch();
  while (queue.length) await write(await queue.shift()!);
  return { ok, failed };
}

function idOf(line: string): string | null {
  try {
    const o = JSON.parse(line) as { id?: unknown };
    return o && typeof o === 'object' && o.id != null ? String(o.id) : null;
  } catch {
    const m = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(line);
    return m ? m[1]! : null;
  }
}
