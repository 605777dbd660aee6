import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SourceDocument } from '../core/document.js';
import { errorLine } from '../core/errors.js';
import { readDocumentsFromFile, type ReadOptions } from './read-file.js';

/** One input as ingestion sees it: a document to store, or an input refused with a reason. */
export type InputItem =
  | { readonly kind: 'document'; readonly doc: SourceDocument }
  | { readonly kind: 'rejected'; readonly input: string; readonly error: string };

/**
 * Walks files and folders (recursively, in a stable order) and yields every document they hold,
 * or a rejection naming the input. Never throws for a bad input: a batch goes on.
 *
 * @example for await (const item of readInputs(['news/'])) if (item.kind === 'document') store(item.doc);
 */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const p of paths) yield* readPath(p, opts);
}

function* readPath(path: string, opts: ReadOptions): Generator<InputItem> {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    yield { kind: 'rejected', input: path, error: message(err, path) };
    return;
  }
  if (st.isDirectory()) {
    const names = readdirSync(path).filter((n) => !n.startsWith('.')).sort();
    for (const n of names) yield* readPath(join(path, n), opts);
    return;
  }
  if (extname(path).toLowerCase() === '.jsonl') {
    yield { kind: 'rejected', input: path, error: 'JSONL ingestion is not available yet' };
    return;
  }
  try {
    for (const doc of readDocumentsFromFile(path, opts)) yield { kind: 'document', doc };
  } catch (err) {
    yield { kind: 'rejected', input: path, error: message(err, path) };
  }
}

function message(err: unknown, where: string): string {
  return errorLine(err, where).replace(/^accords: /, '').replace(` (${where})`, '');
}
