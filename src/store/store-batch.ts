import type { Kysely } from 'kysely';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import { LOCK_SPACES, lockAll } from './dialect/locks.js';
import { retryConflicts } from './dialect/retry.js';
import { appendRows, documentRow, emptyRows, extractionRows, rebaseRows, type ExtractionRows } from './document-rows.js';
import { contentHash, type StoreResult } from './document-writer.js';
import { insertRows } from './insert-rows.js';
import type { DB } from './schema.js';

/**
 * One extracted document to store: its extraction and the reporting frame of each event, or the
 * rows they make for the document's own id (extractionRows, built where it was extracted); and,
 * when already computed, the hash of its text.
 *
 * @example { doc, extraction: toContract(a), frames: eventFrames(a), hash: contentHash(doc.text) }
 * @example { doc, rows: extractionRows(doc.id, doc.date, toContract(a), eventFrames(a)) }
 */
export type DocumentToStore = { readonly doc: SourceDocument; readonly hash?: string } & (
  | { readonly extraction: ExtractionOut; readonly frames: readonly (EventFrame | null)[] }
  | { readonly rows: ExtractionRows });

/**
 * Stores several documents in one transaction, each exactly as storeDocument would one after the
 * other (a text already stored, or stored earlier in the batch, is a duplicate; an id taken by
 * another text gets the text's hash appended), with one insert per table for the whole batch.
 * Every document is whole or absent: a failure rolls back the batch, and a rerun stores what is
 * missing (the rest are duplicates).
 *
 * @example const results = await storeDocuments(db, prepared);
 */
export async function storeDocuments(db: Kysely<DB>, items: readonly DocumentToStore[], now = new Date()): Promise<StoreResult[]> {
  if (!items.length) return [];
  const hashes = items.map((it) => it.hash ?? contentHash(it.doc.text));
  const alts = items.map((it, k) => `${it.doc.id}~${hashes[k]!.slice(0, 8)}`);
  return retryConflicts(() => db.transaction().execute(async (trx) => {
    await lockAll(trx, [
      ...hashes.map((h) => [LOCK_SPACES.contentHash, h] as const),
      ...items.flatMap((it, k) => [[LOCK_SPACES.documentId, it.doc.id] as const, [LOCK_SPACES.documentId, alts[k]!] as const]),
    ]);
    const ids = items.map((it) => it.doc.id);
    const found = await trx.selectFrom('documents').select(['id', 'content_hash'])
      .where((eb) => eb.or([eb('content_hash', 'in', hashes), eb('id', 'in', ids)])).execute();
    const byHash = new Map(found.map((r) => [r.content_hash, r.id]));
    const taken = new Set(found.map((r) => r.id));
    const rows = emptyRows();
    const results = items.map((it, k): StoreResult => {
      const dup = byHash.get(hashes[k]!);
      if (dup !== undefined) return { kind: 'duplicate', id: dup };
      const id = taken.has(it.doc.id) ? alts[k]! : it.doc.id;
      byHash.set(hashes[k]!, id);
      taken.add(id);
      rows.documents.push(documentRow(id, hashes[k]!, it.doc, now));
      appendRows(rows, 'rows' in it
        ? (id === it.doc.id ? it.rows : rebaseRows(it.rows, it.doc.id, id))
        : extractionRows(id, it.doc.date, it.extraction, it.frames));
      return { kind: 'stored', id };
    });
    await insertRows(trx, rows);
    return results;
  }));
}
