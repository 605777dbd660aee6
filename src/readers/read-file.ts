import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import type { SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { declaredCharset } from './encoding/declared-charset.js';
import { decodeBytes } from './encoding/decode.js';
import { fileKind, sniffKind } from './file-kind.js';
import { documentItem, rejectedItem, type InputItem } from './input-item.js';
import { readJsonlFile } from './jsonl/jsonl-file.js';
import { fsReason, reasonOf } from './reason.js';
import { DEFAULT_MAX_SIZE, formatSize } from './size.js';
import { readTextDocument } from './text.js';

/**
 * How inputs are read.
 *
 * @example readFileItems('news/a.html', { date: '2025-11-06', maxSize: 5_000_000 })
 */
export interface ReadOptions {
  /** Overrides the document date (`--date`). */
  readonly date?: string;
  /** Largest document, in bytes (`--max-size`); a JSONL file is limited line by line. Default 10 MB. */
  readonly maxSize?: number;
}

/**
 * Reads one file into an outcome per document it holds (a feed or JSONL file holds many) or per
 * part refused. Never throws: an unreadable, binary, oversized or malformed input is a rejection
 * with its reason.
 *
 * @example for await (const item of readFileItems('news/a.html')) if (item.kind === 'document') use(item.doc);
 */
export async function* readFileItems(path: string, opts: ReadOptions = {}, stats?: Stats): AsyncGenerator<InputItem> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  let st = stats;
  try {
    st ??= statSync(path);
  } catch (err) {
    yield rejectedItem(path, reasonOf(err));
    return;
  }
  if (st.isDirectory()) return yield rejectedItem(path, 'is a directory');
  if (!st.isFile()) return yield rejectedItem(path, `not a regular file (${special(st)}); not read`);
  if (st.size === 0) return yield rejectedItem(path, 'empty file');
  const kind = fileKind(path);
  if (kind === 'jsonl') {
    const head = readHead(path);
    if (typeof head === 'string') return yield rejectedItem(path, head);
    try {
      yield* readJsonlFile(path, head, { date: opts.date, maxSize });
    } catch (err) {
      // Only a read failure mid-file gets here: every line's own problems are rejections already.
      yield rejectedItem(path, reasonOf(err));
    }
    return;
  }
  if (st.size > maxSize) {
    return yield rejectedItem(path, `file larger than the ${formatSize(maxSize)} limit (${formatSize(st.size)}; --max-size)`);
  }
  try {
    const buf = readFileSync(path);
    const decoded = decodeBytes(buf, path, declaredCharset(buf));
    const doc = { date: opts.date, warnings: decoded.warnings };
    // The feed and HTML readers (fast-xml-parser, linkedom, Readability: a quarter of a second to
    // load) are loaded by the first file that needs them, not by every command that reads files.
    switch (kind ?? sniffKind(decoded.text)) {
      case 'feed': yield* (await import('./feed/feed.js')).readFeed(decoded.text, path, { ...doc, maxSize }); return;
      case 'html': yield documentItem((await import('./html/html.js')).readHtmlDocument(decoded.text, path, doc)); return;
      default: yield documentItem(readTextDocument(decoded.text, path, doc));
    }
  } catch (err) {
    yield rejectedItem(path, reasonOf(err));
  }
}

/**
 * Reads one file into the documents it holds, failing with the first refusal as the contract's
 * error (for `extract`, where one file is one answer).
 */
export async function readDocumentsFromFile(path: string, opts: ReadOptions = {}): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readFileItems(path, opts)) {
    if (item.kind === 'rejected') throw new AccordsError(item.error, item.input);
    docs.push(item.doc);
  }
  return docs;
}

function readHead(path: string): Uint8Array | string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head;
  } catch (err) {
    return fsReason((err as NodeJS.ErrnoException).code ?? 'error');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function special(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}
