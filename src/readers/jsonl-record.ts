import { makeDocument, type SourceDocument } from '../core/document.js';
import { AccordsError } from '../core/errors.js';
import { requireDate } from './dateline.js';

/** Parses one JSONL line `{id, date, text, title?}` into a document. */
export function parseJsonlRecord(line: string, where: string, opts: { date?: string } = {}): SourceDocument {
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
  if (typeof r.text !== 'string') throw new AccordsError('missing "text"', where);
  if (!r.text.trim()) throw new AccordsError('empty document', where);
  const rawDate = r.date ?? r.dct;
  const date = requireDate(opts.date, typeof rawDate === 'string' ? rawDate.slice(0, 10) : null, where);
  const title = typeof r.title === 'string' ? r.title : null;
  const url = typeof r.url === 'string' ? r.url : typeof r.link === 'string' ? r.link : null;
  return makeDocument({ id: String(id), date, text: r.text, title, origin: where, url, format: 'jsonl' });
}
