import type { Readable } from 'node:stream';

/**
 * Consecutive input lines as UTF-8 bytes, without their line ends: what a thread needs to turn
 * them into output lines, undecoded so that the reading thread does no per-line work.
 *
 * @example { bytes, ends: [41, 90], firstLine: 7 }  // lines 7 and 8: bytes [0,41) and [41,90)
 */
export interface LineBatch {
  readonly bytes: Uint8Array;
  readonly ends: readonly number[];
  /** 1-based input line number of the first line. */
  readonly firstLine: number;
}

const LF = 10, CR = 13;

/**
 * Splits a byte stream into batches of at most `maxLines` lines (or about `maxBytes`), with
 * readline's line ends: `\n`, `\r\n` and a lone `\r`; a last line without a line end counts.
 * Reading waits while the consumer does, so memory holds one batch and one chunk.
 */
export async function* lineBatches(input: Readable | AsyncIterable<Buffer | string>, maxLines = 16, maxBytes = 1 << 20): AsyncGenerator<LineBatch> {
  let parts: Uint8Array[] = [];
  let ends: number[] = [];
  let size = 0, line = 1;
  // The line being read: it may span chunks.
  let partial: Uint8Array[] = [];
  let skipLf = false;
  const flush = (): LineBatch => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { bytes.set(p, at); at += p.length; }
    const batch = { bytes, ends, firstLine: line - ends.length };
    parts = [];
    ends = [];
    size = 0;
    return batch;
  };
  const endLine = () => {
    for (const p of partial) { parts.push(p); size += p.length; }
    partial = [];
    ends.push(size);
    line++;
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let i = 0;
    if (skipLf && chunk.length && chunk[0] === LF) i = 1;
    skipLf = false;
    let nextCr = chunk.indexOf(CR, i);
    while (i < chunk.length) {
      let nl = chunk.indexOf(LF, i);
      if (nextCr >= 0 && nextCr < i) nextCr = chunk.indexOf(CR, i);
      let after: number;
      if (nextCr >= 0 && (nl < 0 || nextCr < nl)) {
        nl = nextCr;
        after = nextCr + 1;
        if (after < chunk.length) { if (chunk[after] === LF) after++; } else skipLf = true;
      } else if (nl >= 0) after = nl + 1;
      else {
        partial.push(chunk.subarray(i));
        break;
      }
      partial.push(chunk.subarray(i, nl));
      endLine();
      i = after;
      if (ends.length >= maxLines || size >= maxBytes) yield flush();
    }
  }
  if (partial.length && partial.some((p) => p.length)) endLine();
  if (ends.length) yield flush();
}
