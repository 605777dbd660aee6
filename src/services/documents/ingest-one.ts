import { makeDocument } from '../../core/document.js';
import { AccordsError } from '../../core/errors.js';
import { isIsoDate } from '../../kb/dates.js';
import type { InputItem } from '../../readers/input-item.js';
import { contentHash } from '../../store/document-writer.js';
import { ingest, type ExtractsDocuments } from '../ingest.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { BackgroundExtraction } from './background-extraction.js';

/**
 * A document handed over directly (the API's `POST /documents`), not read from a file.
 *
 * @example { date: '2025-11-06', text: 'Kazakhstan will join the Abraham Accords…', title: 'Kazakhstan to join' }
 */
export interface NewDocument {
  id?: string;
  date: string;
  text: string;
  title?: string;
}

/**
 * What became of it: stored under `id` (which differs from the one asked for when that id was
 * taken by another text), or a duplicate of the stored document `id`.
 *
 * @example { result: 'stored', id: 'kazakhstan-to-join' }
 */
export interface IngestOneResult {
  result: 'stored' | 'duplicate';
  id: string;
}

/** Where the document is extracted: in this thread, or away from it (a server's `backgroundExtraction`). */
export type IngestExtraction = ExtractsDocuments | Pick<BackgroundExtraction, 'prepareBatch'>;

/** Ingests one document through the same service as `accords ingest`; an id is made from the text when none is given. */
export async function ingestOne(kb: KnowledgeBase, input: NewDocument, extraction: IngestExtraction): Promise<IngestOneResult> {
  if (!isIsoDate(input.date)) throw new AccordsError(`"date" must be a date YYYY-MM-DD, got "${input.date}"`, 'document');
  if (!input.text.trim()) throw new AccordsError('empty document', 'document');
  // Stores refuse NUL in text (PostgreSQL always), and no news text has one.
  if (input.text.includes('\u0000')) throw new AccordsError('binary content (NUL character in "text")', 'document');
  const hash = contentHash(input.text);
  const id = input.id?.trim() || `${input.date}_${hash.slice(0, 12)}`;
  const doc = makeDocument({ id, date: input.date, text: input.text, title: input.title ?? null, origin: 'api', format: 'text' });
  async function* one(): AsyncGenerator<InputItem> { yield { kind: 'document', doc }; }
  const summary = 'prepareBatch' in extraction
    ? await ingest(kb.db, one(), null, undefined, { prepareBatch: (docs) => extraction.prepareBatch(docs) })
    : await ingest(kb.db, one(), extraction);
  if (summary.stored) kb.cache?.invalidate();
  if (summary.rejected.length) throw new AccordsError(summary.rejected[0].error, 'document');
  const stored = await kb.db.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirstOrThrow();
  return { result: summary.stored ? 'stored' : 'duplicate', id: stored.id };
}
