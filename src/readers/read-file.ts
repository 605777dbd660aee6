import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { readTextDocument } from './text.js';

export interface ReadOptions {
  /** Overrides the document date (`--date`). */
  readonly date?: string;
}

/** Reads one file into the documents it holds (a feed or JSONL file holds many). */
export function readDocumentsFromFile(path: string, opts: ReadOptions = {}): SourceDocument[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AccordsError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read file (${code ?? 'error'})`, path);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xml' || ext === '.rss' || ext === '.atom' || ext === '.jsonl') {
    throw new AccordsError(`reading ${ext} files is not available yet`, path);
  }
  return [readTextDocument(content, path, opts)];
}
