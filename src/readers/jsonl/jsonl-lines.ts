import { closeSync, openSync, readSync } from 'node:fs';

/**
 * One line of a JSONL file as bytes, or, for a line past the size limit, only its length.
 *
 * @example for (const l of jsonlLines('docs.jsonl', 1e7)) console.log(l.line, l.bytes?.length ?? l.size)
 */
export interface RawLine {
  readonly line: number;
  /** The line's bytes without its newline; null when it was longer than the limit (not kept). */
  readonly bytes: Buffer | null;
  readonly size: number;
}

const CHUNK = 1 << 20;

/**
 * Streams a file's lines in fixed-size chunks, so neither the file nor a megabytes-long line is
 * ever held whole: a line longer than `maxLine` bytes is skipped and reported by its size only.
 */
export function* jsonlLines(path: string, maxLine: number): Generator<RawLine> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let parts: Buffer[] = [];
    let size = 0, line = 1;
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0 && nl < n; nl = chunk.indexOf(10, from)) {
        if (size + (nl - from) <= maxLine) parts.push(Buffer.from(chunk.subarray(from, nl)));
        size += nl - from;
        yield finish(line++, parts, size, maxLine);
        parts = [];
        size = 0;
        from = nl + 1;
      }
      if (size + (n - from) <= maxLine) parts.push(Buffer.from(chunk.subarray(from, n)));
      size += n - from;
    }
    if (size > 0) yield finish(line, parts, size, maxLine);
  } finally {
    closeSync(fd);
  }
}

function finish(line: number, parts: Buffer[], size: number, maxLine: number): RawLine {
  if (size > maxLine) return { line, bytes: null, size };
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  // A CRLF file's lines end in '\r'.
  return { line, bytes: bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes, size };
}
