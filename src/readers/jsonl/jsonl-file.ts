import { readFileSync } from 'node:fs';
import { reasonOf } from '../reason.js';
import { decodeBytes } from '../encoding/decode.js';
import { documentItem, rejectedItem, type InputItem } from '../input-item.js';
import { parseJsonlRecord } from '../jsonl-record.js';
import { formatSize } from '../size.js';
import { jsonlLines } from './jsonl-lines.js';

/**
 * Reads a JSONL file lazily, one `{id, date, text, title?}` document a line; a bad line is a
 * rejection `path:line` with its reason and the file goes on. UTF-8 is streamed; a UTF-16 file
 * (with a BOM) is decoded whole.
 *
 * @example for (const item of readJsonlFile('docs.jsonl', { maxSize: 1e7 })) …
 */
export function* readJsonlFile(path: string, head: Uint8Array, opts: { date?: string; maxSize: number }): Generator<InputItem> {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    yield* utf16Lines(path, opts);
    return;
  }
  for (const raw of jsonlLines(path, opts.maxSize)) {
    const where = `${path}:${raw.line}`;
    if (!raw.bytes) {
      yield rejectedItem(where, `line larger than the ${formatSize(opts.maxSize)} limit (${formatSize(raw.size)}; --max-size)`);
      continue;
    }
    let bytes = raw.bytes;
    if (raw.line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (isBlank(bytes)) continue;
    yield lineItem(() => {
      const decoded = decodeBytes(bytes, where);
      return parseJsonlRecord(decoded.text, where, { ...opts, warnings: decoded.warnings });
    }, where);
  }
}

function* utf16Lines(path: string, opts: { date?: string; maxSize: number }): Generator<InputItem> {
  let text: string;
  try {
    text = decodeBytes(readFileSync(path), path).text;
  } catch (err) {
    yield rejectedItem(path, reasonOf(err));
    return;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    const where = `${path}:${i + 1}`;
    yield lineItem(() => parseJsonlRecord(line, where, opts), where);
  }
}

function lineItem(read: () => ReturnType<typeof parseJsonlRecord>, where: string): InputItem {
  try {
    return documentItem(read());
  } catch (err) {
    return rejectedItem(where, reasonOf(err));
  }
}

function isBlank(b: Uint8Array): boolean {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  return true;
}
