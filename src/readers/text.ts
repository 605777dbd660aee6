import { basename } from 'node:path';
import { makeDocument, type SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { requireDate, splitDateline } from './dateline.js';

/** Reads a plain-text article with an optional dateline. */
export function readTextDocument(content: string, origin: string, opts: { date?: string; id?: string } = {}): SourceDocument {
  const { date, text } = splitDateline(content);
  const docDate = requireDate(opts.date, date, origin);
  if (!text.trim()) throw new AccordsError('empty document', origin);
  return makeDocument({ id: opts.id ?? basename(origin), date: docDate, text, origin, format: 'text' });
}
