import { makeDocument, type SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { requireDate } from './dateline.js';
import { normalizeDate } from './normalize-date.js';
import { DEFAULT_MAX_SIZE, formatSize } from './size.js';

/** Parses one JSONL line `{id, date, text, title?}` into a document. */
export function parseJsonlRecord(line: string, where: string,
  opts: { date?: string; maxSize?: number; warnings?: readonly string[] } = {}): SourceDocument {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    throw new AccordsError('malformed JSON', where);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new AccordsError('a line must be a JSON object', where);
  const r = o as Record<string, unknown>;
  const id = r.id ?? r.doc_id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new AccordsError('missing "id"', where);
  if (typeof id === 'string' && !id.trim()) throw new AccordsError('empty "id"', where);
  if (typeof r.text !== 'string') throw new AccordsError('missing "text"', where);
  if (!r.text.trim()) throw new AccordsError('empty document', where);
  // Stores refuse NUL in text (PostgreSQL always), and no news text has one.
  if (r.text.includes('\u0000')) throw new AccordsError('binary content (NUL character in "text")', where);
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  if (r.text.length > maxSize) throw new AccordsError(`document larger than the ${formatSize(maxSize)} limit (--max-size)`, where);
  const rawDate = r.date ?? r.dct;
  const dateText = typeof rawDate === 'number' ? String(rawDate) : rawDate;
  const found = typeof dateText === 'string' ? normalizeDate(dateText) ?? dateText.slice(0, 10) : null;
  const date = requireDate(opts.date, found, where, 'no usable date: give "date": "YYYY-MM-DD" or --date');
  const title = typeof r.title === 'string' ? r.title : null;
  const url = typeof r.url === 'string' ? r.url : typeof r.link === 'string' ? r.link : null;
  return makeDocument({ id: String(id), date, text: r.text, title, origin: where, url, format: 'jsonl', warnings: opts.warnings });
}
