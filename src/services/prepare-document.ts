import type { Analysis } from '../core/analysis.js';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import { errorLine } from '../core/errors.js';
import { toContract } from '../extract/to-contract.js';
import { eventFrames, type EventFrame } from '../kb/claims/event-frames.js';
import { extractionRows, type ExtractionRows } from '../store/document-rows.js';

// Kept apart from ingest.ts so that extraction threads load no storage code (document-rows.ts only builds rows).

/**
 * Anything that turns a document into the contract's extraction (the extractor service). With
 * `analyze`, ingestion also keeps the reporting frame each event was told in.
 */
export interface ExtractsDocuments {
  extract(doc: SourceDocument): ExtractionOut;
  analyze?(doc: SourceDocument): Analysis;
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

/**
 * A document extracted into the rows it adds under its own id (extractionRows), or why it cannot
 * be: what an extraction process hands the writer, which binds them as they are.
 *
 * @example const p = prepareRows(doc, createExtractor()); if (p.ok) await storeDocuments(db, [{ doc, rows: p.rows }]);
 */
export function prepareRows(doc: SourceDocument, extractor: ExtractsDocuments): { readonly ok: true; readonly rows: ExtractionRows } | { readonly ok: false; readonly error: string } {
  const p = prepareDocument(doc, extractor);
  return p.ok ? { ok: true, rows: extractionRows(doc.id, doc.date, p.extraction, p.frames) } : p;
}
