import { basename } from 'node:path';
import { makeDocument, type SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { requireDate, splitDateline } from './dateline.js';

/**
 * Reads a plain-text article with an optional dateline; offsets are into the text after it.
 *
 * @example readTextDocument('date 2025-11-06\n\nKazakhstan …', 'a.txt').date // '2025-11-06'
 */
export function readTextDocument(content: string, origin: string,
  opts: { date?: string; id?: string; warnings?: readonly string[] } = {}): SourceDocument {
  const { date, text } = splitDateline(content);
  const docDate = requireDate(opts.date, date, origin);
  if (!text.trim()) throw new AccordsError('empty document', origin);
  return makeDocument({ id: opts.id ?? basename(origin), date: docDate, text, origin, format: 'text', warnings: opts.warnings });
}
