import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import { documentRows } from './document-rows.js';
import { insertRows } from './insert-rows.js';
import { lazyCommit } from './dialect/lazy-commit.js';
import { LOCK_SPACES, lockAll } from './dialect/locks.js';
import { retryConflicts } from './dialect/retry.js';
import type { DB } from './schema.js';

export type StoreResult = { readonly kind: 'stored'; readonly id: string } | { readonly kind: 'duplicate'; readonly id: string };

/** The content hash that makes a text a duplicate whatever its file name. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

/**
 * Work to commit together with a stored document (a queue marking its job done): it runs inside
 * the document's transaction, whether the text was stored or found a duplicate.
 *
 * @example const within: WithinTransaction = (trx, result) => completeJob(trx, jobId, result.kind);
 */
export type WithinTransaction = (trx: Transaction<DB>, result: StoreResult) => Promise<unknown>;

/**
 * How a document is stored: see storeDocument.
 *
 * @example { within: (trx, result) => markDone(trx, result), lazyCommit: true }
 */
export interface StoreOptions {
  /** Runs inside the document's transaction, after it is written. */
  readonly within?: WithinTransaction;
  /**
   * Commit without waiting for the log to reach disk (PostgreSQL). Only for writers whose work is
   * redone if a crash loses the commit: a queue job completed in the same transaction stays
   * active and is retried. Two to three times faster per document on an ordinary disk.
   */
  readonly lazyCommit?: boolean;
}

/**
 * Stores one document with everything extracted from it, and attaches its events to claims — all
 * in one transaction, so a failure leaves nothing half-written. A text already stored is a
 * duplicate and changes nothing. Concurrent writers (processes, machines) are serialized on the
 * text's hash and the document's id, so the same text is stored once and an id is given once.
 *
 * @example await storeDocument(db, doc, toContract(analysis), eventFrames(analysis))
 */
export async function storeDocument(db: Kysely<DB>, doc: SourceDocument, x: ExtractionOut,
  frames: readonly (EventFrame | null)[] = [], now = new Date(), opts: StoreOptions = {}): Promise<StoreResult> {
  const hash = contentHash(doc.text);
  const within = opts.within;
  return retryConflicts(() => db.transaction().execute(async (trx) => {
    if (opts.lazyCommit) await lazyCommit(trx);
    const alt = `${doc.id}~${hash.slice(0, 8)}`;
    await lockAll(trx, [[LOCK_SPACES.contentHash, hash], [LOCK_SPACES.documentId, doc.id], [LOCK_SPACES.documentId, alt]]);
    const found = await trx.selectFrom('documents').select(['id', 'content_hash']).where((eb) => eb.or([eb('content_hash', '=', hash), eb('id', '=', doc.id)])).execute();
    const dup = found.find((r) => r.content_hash === hash);
    if (dup) {
      const result = { kind: 'duplicate', id: dup.id } as const;
      await within?.(trx, result);
      return result;
    }
    const id = found.length ? alt : doc.id;
    await insertRows(trx, documentRows(id, hash, doc, x, frames, now));
    const result = { kind: 'stored', id } as const;
    await within?.(trx, result);
    return result;
  }));
}
