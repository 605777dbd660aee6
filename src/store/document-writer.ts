import { createHash } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import { claimIdOf, propositionsOf, summarize } from '../kb/claims/proposition.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import { sentenceCounterparties } from '../kb/claims/sentence-twin.js';
import { effectiveDate } from '../kb/dates.js';
import { insertMany } from './batch.js';
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
    await trx.insertInto('documents').values({
      id, content_hash: hash, date: doc.date, title: doc.title, origin: doc.origin, url: doc.url,
      format: doc.format, text: doc.text, ingested_at: now.toISOString(),
    }).execute();
    await writeTextLayers(trx, id, x);
    await writeEvents(trx, id, doc.date, x, frames);
    const result = { kind: 'stored', id } as const;
    await within?.(trx, result);
    return result;
  }));
}

async function writeTextLayers(trx: Transaction<DB>, id: string, x: ExtractionOut): Promise<void> {
  // Entities and claims are shared between documents: rows go in id order, so two transactions
  // inserting the same ones wait on each other in one order instead of deadlocking.
  await insertMany(trx, 'entities', byId(x.entities.map((e) => ({
    id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, origin: 'news',
  }))));
  await insertMany(trx, 'mentions', x.entities.flatMap((e) => e.mentions.map((m) => ({
    doc_id: id, entity_id: e.id, span_start: m.start, span_end: m.end, text: m.text,
  }))));
  await insertMany(trx, 'times', x.times.map((t, idx) => ({
    doc_id: id, idx, span_start: t.start, span_end: t.end, text: t.text, type: t.type, value: t.value,
  })));
  await insertMany(trx, 'quotes', x.quotes.map((q, idx) => ({
    doc_id: id, idx, span_start: q.start, span_end: q.end, text: q.text, speaker: q.speaker,
    speaker_text: q.speakerText, speaker_start: q.speakerStart, speaker_end: q.speakerEnd,
  })));
}

async function writeEvents(trx: Transaction<DB>, id: string, docDate: string, x: ExtractionOut, frames: readonly (EventFrame | null)[]): Promise<void> {
  const predicted = new Set(x.predictions.map((p) => p.event));
  const eventId = (i: number) => `${id}#e${i}`;
  const events: Insertable<DB['events']>[] = [];
  const parts: Insertable<DB['event_participants']>[] = [];
  const attrs: Insertable<DB['event_attributions']>[] = [];
  const claims: Insertable<DB['claims']>[] = [];
  const reports: Insertable<DB['claim_reports']>[] = [];
  const claimOfEvent = new Map<number, string>();
  x.events.forEach((e, i) => {
    const date = effectiveDate(e.status, e.time?.value ?? null, docDate);
    events.push({
      id: eventId(i), doc_id: id, idx: i, type: e.type, mode: e.mode, agreement: e.agreement, status: e.status,
      time_value: e.time?.value ?? null, time_text: e.time?.text ?? null, date, predicted: predicted.has(i) ? 1 : 0,
      evidence_start: e.evidence.start, evidence_end: e.evidence.end, evidence_text: e.evidence.text, cameo: e.cameo,
      report_cue: frames[i]?.cue ?? null, report_cue_text: frames[i]?.text ?? null, report_speaker: frames[i]?.speaker ?? null,
    });
    e.source.forEach((p, position) => parts.push({ event_id: eventId(i), role: 'source', position, entity: p.entity, state: p.state }));
    e.target.forEach((p, position) => parts.push({ event_id: eventId(i), role: 'target', position, entity: p.entity, state: p.state }));
    e.attribution.forEach((a, position) => attrs.push({ event_id: eventId(i), position, entity: a.entity, text: a.text }));
    // Claims read a signing with the counterparty its sentence names; the event itself is kept as extracted.
    const twins = x.events.map((o) => ({ ...o, sentenceKey: String(o.evidence.start) }));
    const extra = sentenceCounterparties(twins[i], twins);
    for (const p of propositionsOf(extra.length ? { ...e, target: extra } : e)) {
      const claimId = claimIdOf(p);
      if (!claimOfEvent.has(i)) claimOfEvent.set(i, claimId);
      claims.push({ id: claimId, subject: p.subject, predicate: p.predicate, object: p.object, summary: summarize(p) });
      reports.push({ id: `${eventId(i)}|${claimId}`, claim_id: claimId, event_id: eventId(i), doc_id: id, doc_date: docDate, event_date: date, status: e.status });
    }
  });
  await insertMany(trx, 'events', events);
  await insertMany(trx, 'event_participants', parts);
  await insertMany(trx, 'event_attributions', attrs);
  await insertMany(trx, 'claims', byId(claims));
  await insertMany(trx, 'claim_reports', reports);
  await insertMany(trx, 'predictions', x.predictions.filter((p) => claimOfEvent.has(p.event)).map((p, idx) => ({
    id: `${id}#p${idx}`, doc_id: id, idx, event_id: eventId(p.event), claim_id: claimOfEvent.get(p.event)!,
    predictor: p.predictor, made_on: p.madeOn, deadline: p.deadline,
    evidence_start: p.evidence.start, evidence_end: p.evidence.end, evidence_text: p.evidence.text,
  })));
}

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
