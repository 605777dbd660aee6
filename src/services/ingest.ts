import type { Kysely } from 'kysely';
import type { Analysis } from '../core/analysis.js';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import { errorLine } from '../core/errors.js';
import { toContract } from '../extract/to-contract.js';
import { eventFrames, type EventFrame } from '../kb/claims/event-frames.js';
import type { InputItem } from '../readers/inputs.js';
import { contentHash, storeDocument } from '../store/document-writer.js';
import type { DB } from '../store/schema.js';

/**
 * The `accords ingest` summary (CONTRACT.md §2).
 *
 * @example { stored: 11, duplicates: 1, rejected: [{ input: 'notes.txt', error: 'no usable date' }] }
 */
export interface IngestSummary {
  stored: number;
  duplicates: number;
  rejected: { input: string; error: string }[];
}

/**
 * Anything that turns a document into the contract's extraction (the extractor service). With
 * `analyze`, ingestion also keeps the reporting frame each event was told in.
 */
export interface ExtractsDocuments {
  extract(doc: SourceDocument): ExtractionOut;
  analyze?(doc: SourceDocument): Analysis;
}

/**
 * Ingests documents: each is extracted and stored with its claims in one transaction of its own.
 * Documents go in date order whatever order they come in, so that every stored history reads
 * oldest first; answers never depend on that order (they are derived from dated history). A text
 * already stored counts as a duplicate; an input that cannot be read or extracted is rejected and
 * the batch goes on. A database failure is thrown (the document in hand is rolled back).
 *
 * @example await ingest(db, readInputs(['news/']), createExtractor())
 */
export async function ingest(db: Kysely<DB>, inputs: AsyncIterable<InputItem>, extractor: ExtractsDocuments,
  onDocument?: (doc: SourceDocument, result: 'stored' | 'duplicate' | 'rejected') => void): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, rejected: [] };
  const docs: SourceDocument[] = [];
  for await (const item of inputs) {
    if (item.kind === 'rejected') summary.rejected.push({ input: item.input, error: item.error });
    else docs.push(item.doc);
  }
  docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  for (const doc of docs) {
    const known = await db.selectFrom('documents').select('id').where('content_hash', '=', contentHash(doc.text)).executeTakeFirst();
    if (known) {
      summary.duplicates++;
      onDocument?.(doc, 'duplicate');
      continue;
    }
    const prepared = prepareDocument(doc, extractor);
    if (!prepared.ok) {
      summary.rejected.push({ input: doc.origin, error: prepared.error });
      onDocument?.(doc, 'rejected');
      continue;
    }
    const r = await storeDocument(db, doc, prepared.extraction, prepared.frames);
    if (r.kind === 'stored') summary.stored++;
    else summary.duplicates++;
    onDocument?.(doc, r.kind);
  }
  return summary;
}

/**
 * A document extracted and ready to store, or why it cannot be (the error line without the
 * `accords:` prefix). Extraction is the CPU-heavy half of ingestion, kept apart so a queue worker
 * can run it in a thread and store the result in its own transaction.
 *
 * @example const p = prepareDocument(doc, createExtractor()); if (p.ok) await storeDocument(db, doc, p.extraction, p.frames);
 */
export type PreparedDocument =
  | { readonly ok: true; readonly extraction: ExtractionOut; readonly frames: (EventFrame | null)[] }
  | { readonly ok: false; readonly error: string };

export function prepareDocument(doc: SourceDocument, extractor: ExtractsDocuments): PreparedDocument {
  try {
    if (extractor.analyze) {
      const analysis = extractor.analyze(doc);
      return { ok: true, extraction: toContract(analysis), frames: eventFrames(analysis) };
    }
    return { ok: true, extraction: extractor.extract(doc), frames: [] };
  } catch (err) {
    return { ok: false, error: errorLine(err).replace(/^accords: /, '') };
  }
}
