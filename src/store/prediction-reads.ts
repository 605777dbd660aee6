import type { Kysely } from 'kysely';
import type { EventStatus } from '../core/contract.js';
import type { EventEvidence } from '../kb/membership/evidence.js';
import { withParticipants } from './membership-reads.js';
import type { DB } from './schema.js';

/** A stored prediction with its predicted event. */
export interface PredictionRow {
  id: string;
  doc: string;
  docDate: string;
  predictor: string;
  madeOn: string | null;
  deadline: string | null;
  claimId: string;
  text: string;
  evidence: { start: number; end: number };
  event: EventEvidence;
}

/**
 * Every stored prediction (optionally one predictor's), oldest first.
 *
 * @example await predictionRows(db, 'person:donald-trump')
 */
export async function predictionRows(db: Kysely<DB>, predictor?: string): Promise<PredictionRow[]> {
  let q = db.selectFrom('predictions as p').innerJoin('events as e', 'e.id', 'p.event_id').innerJoin('documents as d', 'd.id', 'p.doc_id')
    .select(['p.id', 'p.doc_id', 'd.date as doc_date', 'p.predictor', 'p.made_on', 'p.deadline', 'p.claim_id', 'p.evidence_text',
      'p.evidence_start', 'p.evidence_end', 'e.id as event_id', 'e.date', 'e.status', 'e.type', 'e.mode', 'e.agreement',
      'e.predicted', 'e.evidence_start as e_start', 'e.evidence_end as e_end']);
  if (predictor) q = q.where('p.predictor', '=', predictor);
  const rows = await q.orderBy('d.date').orderBy('p.doc_id').orderBy('p.idx').execute();
  const events = await withParticipants(db, rows.map((r) => ({
    eventId: r.event_id, docId: r.doc_id, docDate: r.doc_date, date: r.date, status: r.status as EventStatus, type: r.type,
    mode: r.mode, agreement: r.agreement, predicted: true, span: { start: r.e_start, end: r.e_end }, parties: [],
  })));
  return rows.map((r, i) => ({
    id: r.id, doc: r.doc_id, docDate: r.doc_date, predictor: r.predictor, madeOn: r.made_on, deadline: r.deadline,
    claimId: r.claim_id, text: r.evidence_text, evidence: { start: r.evidence_start, end: r.evidence_end }, event: events[i],
  }));
}
