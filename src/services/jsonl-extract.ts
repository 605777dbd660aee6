import type { Readable, Writable } from 'node:stream';
import type { Extractor } from './extractor.js';
import { jsonlOutput } from './jsonl-output.js';
import { lineBatches, type LineBatch } from './jsonl-lines.js';

/** The output of a batch of lines: the UTF-8 text to write and how many results and errors it holds. */
export interface BatchOutput {
  readonly output: Uint8Array;
  readonly ok: number;
  readonly failed: number;
}

/** Something that turns a batch of input lines into output: the worker pool, or an extractor in this thread. */
export type LinesExtract = (batch: LineBatch) => Promise<BatchOutput>;

export function inThread(extractor: Extractor, date?: string): LinesExtract {
  const encoder = new TextEncoder();
  return async (b) => {
    const buf = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength);
    let from = 0, ok = 0, failed = 0, text = '';
    b.ends.forEach((end, k) => {
      const r = jsonlOutput(buf.toString('utf8', from, end), b.firstLine + k, extractor, date);
      from = end;
      if (r === null) return;
      text += r.line;
      if (r.ok) ok++;
      else failed++;
    });
    return { output: encoder.encode(text), ok, failed };
  };
}

/**
 * `extract --jsonl`: one `{id,date,text,title?}` a line in, one result (or `{id,error}`) a line out,
 * in input order. A bad line never stops the stream. This thread only splits lines and writes
 * bytes; parsing and extraction happen where `extract` runs them. At most `inFlight` batches are
 * in progress and output waits for the writer to drain, so memory stays bounded whatever the
 * input size.
 */
export async function extractJsonlStream(input: Readable, output: Writable, extract: LinesExtract,
  opts: { inFlight?: number; batchLines?: number } = {}): Promise<{ ok: number; failed: number }> {
  const queue: Promise<BatchOutput>[] = [];
  const maxInFlight = opts.inFlight ?? 4;
  let ok = 0, failed = 0;
  const write = async (p: Promise<BatchOutput>) => {
    const r = await p;
    ok += r.ok;
    failed += r.failed;
    if (r.output.length && !output.write(r.output)) await new Promise<void>((done) => output.once('drain', () => done()));
  };
  for await (const batch of lineBatches(input, opts.batchLines ?? 16)) {
    const p = extract(batch);
    // A batch may fail before its turn to be written (its worker died): it is heard then, in
    // order, and the first error is the one reported; until then it is no unhandled rejection.
    p.catch(() => {});
    queue.push(p);
    while (queue.length >= maxInFlight) await write(queue.shift()!);
  }
  while (queue.length) await write(queue.shift()!);
  return { ok, failed };
}
