import { makeDocument, type SourceDocument } from '../core/document.js';

/**
 * A queued document: everything a worker on another machine needs, the text included (the
 * enqueuing machine may be the only one that can read the file).
 *
 * @example { id: 'kazakhstan', date: '2025-11-06', text: 'Kazakhstan will join…', title: null, origin: 'news/kazakhstan.txt', url: null, format: 'text' }
 */
export interface DocumentJob {
  id: string;
  date: string;
  text: string;
  title: string | null;
  origin: string;
  url: string | null;
  format: SourceDocument['format'];
}

export function toJob(doc: SourceDocument): DocumentJob {
  return { id: doc.id, date: doc.date, text: doc.text, title: doc.title, origin: doc.origin, url: doc.url, format: doc.format };
}

/** The document a job carries; throws on a job that carries none (not queued by Accords). */
export function fromJob(job: DocumentJob): SourceDocument {
  if (typeof job?.text !== 'string' || typeof job.id !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(String(job.date))) {
    throw new Error('the job carries no document');
  }
  return makeDocument({ id: job.id, date: job.date, text: job.text, title: job.title, origin: job.origin, url: job.url, format: job.format });
}
