import type { Insertable, Transaction } from 'kysely';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import { claimIdOf, propositionsOf, summarize } from '../kb/claims/proposition.js';
import { sentenceCounterparties } from '../kb/claims/sentence-twin.js';
import { effectiveDate } from '../kb/dates.js';
import { insertMany } from './batch.js';
import type { DB } from './schema.js';

/**
 * Every row a stored document adds, table by table, in the order they are inserted (a table's
 * rows after those they refer to).
 *
 * @example const rows = documentRows('d1', hash, doc, extraction, frames, new Date()); await insertRows(trx, rows);
 */
export interface DocumentRows {
  documents: Insertable<DB['documents']>[];
  entities: Insertable<DB['entities']>[];
  mentions: Insertable<DB['mentions']>[];
  times: Insertable<DB['times']>[];
  quotes: Insertable<DB['quotes']>[];
  events: Insertable<DB['events']>[];
  event_participants: Insertable<DB['event_participants']>[];
  event_attributions: Insertable<DB['event_attributions']>[];
  claims: Insertable<DB['claims']>[];
  claim_reports: Insertable<DB['claim_reports']>[];
  predictions: Insertable<DB['predictions']>[];
}

const TABLES = ['documents', 'entities', 'mentions', 'times', 'quotes', 'events', 'event_participants',
  'event_attributions', 'claims', 'claim_reports', 'predictions'] as const;

export function emptyRows(): DocumentRows {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as DocumentRows;
}

/** Appends one document's rows to `into` (several documents can share one insert per table). */
export function appendRows(into: DocumentRows, rows: DocumentRows): DocumentRows {
  for (const t of TABLES) for (const r of rows[t]) (into[t] as unknown[]).push(r);
  return into;
}

/**
 * Inserts the rows, table by table. Entities and claims are shared between documents: they go in
 * id order (a stable sort, so of two documents naming one entity the earlier one's row wins, as
 * if they were stored one after the other), and two transactions inserting the same ones wait on
 * each other in one order instead of deadlocking.
 */
export async function insertRows(trx: Transaction<DB>, rows: DocumentRows): Promise<void> {
  for (const t of TABLES) {
    const list = t === 'entities' || t === 'claims' ? byId(rows[t] as { id: string }[]) : rows[t];
    // A document id taken by another text is an error, never silently skipped.
    await insertMany(trx, t, list as Insertable<DB[typeof t]>[], { strict: t === 'documents' });
  }
}

/** The rows of one document stored under `id`. */
export function documentRows(id: string, hash: string, doc: SourceDocument, x: ExtractionOut,
  frames: readonly (EventFrame | null)[], now: Date): DocumentRows {
  const rows = emptyRows();
  rows.documents.push({
    id, content_hash: hash, date: doc.date, title: doc.title, origin: doc.origin, url: doc.url,
    format: doc.format, text: doc.text, ingested_at: now.toISOString(),
  });
  for (const e of x.entities) {
    rows.entities.push({ id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, origin: 'news' });
    for (const m of e.mentions) rows.mentions.push({ doc_id: id, entity_id: e.id, span_start: m.start, span_end: m.end, text: m.text });
  }
  x.times.forEach((t, idx) => rows.times.push({
    doc_id: id, idx, span_start: t.start, span_end: t.end, text: t.text, type: t.type, value: t.value,
  }));
  x.quotes.forEach((q, idx) => rows.quotes.push({
    doc_id: id, idx, span_start: q.start, span_end: q.end, text: q.text, speaker: q.speaker,
    speaker_text: q.speakerText, speaker_start: q.speakerStart, speaker_end: q.speakerEnd,
  }));
  eventRows(rows, id, doc.date, x, frames);
  return rows;
}

function eventRows(rows: DocumentRows, id: string, docDate: string, x: ExtractionOut, frames: readonly (EventFrame | null)[]): void {
  const predicted = new Set(x.predictions.map((p) => p.event));
  const eventId = (i: number) => `${id}#e${i}`;
  const claimOfEvent = new Map<number, string>();
  // Claims read a signing with the counterparty its sentence names; the event itself is kept as extracted.
  const twins = x.events.map((o) => ({ ...o, sentenceKey: String(o.evidence.start) }));
  x.events.forEach((e, i) => {
    const date = effectiveDate(e.status, e.time?.value ?? null, docDate);
    rows.events.push({
      id: eventId(i), doc_id: id, idx: i, type: e.type, mode: e.mode, agreement: e.agreement, status: e.status,
      time_value: e.time?.value ?? null, time_text: e.time?.text ?? null, date, predicted: predicted.has(i) ? 1 : 0,
      evidence_start: e.evidence.start, evidence_end: e.evidence.end, evidence_text: e.evidence.text, cameo: e.cameo,
      report_cue: frames[i]?.cue ?? null, report_cue_text: frames[i]?.text ?? null, report_speaker: frames[i]?.speaker ?? null,
    });
    e.source.forEach((p, position) => rows.event_participants.push({ event_id: eventId(i), role: 'source', position, entity: p.entity, state: p.state }));
    e.target.forEach((p, position) => rows.event_participants.push({ event_id: eventId(i), role: 'target', position, entity: p.entity, state: p.state }));
    e.attribution.forEach((a, position) => rows.event_attributions.push({ event_id: eventId(i), position, entity: a.entity, text: a.text }));
    const extra = sentenceCounterparties(twins[i]!, twins);
    for (const p of propositionsOf(extra.length ? { ...e, target: extra } : e)) {
      const claimId = claimIdOf(p);
      if (!claimOfEvent.has(i)) claimOfEvent.set(i, claimId);
      rows.claims.push({ id: claimId, subject: p.subject, predicate: p.predicate, object: p.object, summary: summarize(p) });
      rows.claim_reports.push({ id: `${eventId(i)}|${claimId}`, claim_id: claimId, event_id: eventId(i), doc_id: id, doc_date: docDate, event_date: date, status: e.status });
    }
  });
  x.predictions.filter((p) => claimOfEvent.has(p.event)).forEach((p, idx) => rows.predictions.push({
    id: `${id}#p${idx}`, doc_id: id, idx, event_id: eventId(p.event), claim_id: claimOfEvent.get(p.event)!,
    predictor: p.predictor, made_on: p.madeOn, deadline: p.deadline,
    evidence_start: p.evidence.start, evidence_end: p.evidence.end, evidence_text: p.evidence.text,
  }));
}

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
