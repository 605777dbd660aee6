import type { Kysely } from 'kysely';
import type { AttributionOut } from '../core/contract.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import type { DB } from './schema.js';

/** A claim report row joined with its claim, event and document. */
export interface ClaimReportRow {
  claimId: string;
  subject: string;
  predicate: string;
  object: string | null;
  summary: string;
  doc: string;
  docDate: string;
  eventDate: string;
  status: string;
  eventId: string;
  evidence: { start: number; end: number; text: string };
  attribution: AttributionOut[];
  event: { type: string; mode: string | null; agreement: string | null; frame: EventFrame | null };
}

/**
 * Every report of the claims matching a filter, oldest first.
 *
 * @example await claimReports(db, { entity: 'KAZ' })
 */
export async function claimReports(db: Kysely<DB>, filter: { entity?: string; claimIds?: readonly string[]; predicate?: string; object?: string | null }): Promise<ClaimReportRow[]> {
  let q = db.selectFrom('claim_reports as r').innerJoin('claims as c', 'c.id', 'r.claim_id').innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.claim_id', 'c.subject', 'c.predicate', 'c.object', 'c.summary', 'r.doc_id', 'r.doc_date', 'r.event_date', 'r.status',
      'r.event_id', 'e.evidence_start', 'e.evidence_end', 'e.evidence_text', 'e.type', 'e.mode', 'e.agreement',
      'e.report_cue', 'e.report_cue_text', 'e.report_speaker']);
  if (filter.entity) q = q.where((eb) => eb.or([eb('c.subject', '=', filter.entity!), eb('c.object', '=', filter.entity!)]));
  if (filter.claimIds) q = q.where('r.claim_id', 'in', filter.claimIds.length ? [...filter.claimIds] : ['']);
  if (filter.predicate) q = q.where('c.predicate', '=', filter.predicate);
  if (filter.object !== undefined) q = filter.object === null ? q.where('c.object', 'is', null) : q.where('c.object', '=', filter.object);
  const rows = await q.orderBy('r.doc_date').orderBy('r.doc_id').orderBy('e.idx').execute();
  const attributions = await attributionsOf(db, [...new Set(rows.map((r) => r.event_id))]);
  return rows.map((r) => ({
    claimId: r.claim_id, subject: r.subject, predicate: r.predicate, object: r.object, summary: r.summary,
    doc: r.doc_id, docDate: r.doc_date, eventDate: r.event_date, status: r.status, eventId: r.event_id,
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    attribution: attributions.get(r.event_id) ?? [],
    event: { type: r.type, mode: r.mode, agreement: r.agreement,
      frame: r.report_cue && r.report_cue_text ? { cue: r.report_cue, text: r.report_cue_text, speaker: r.report_speaker } : null },
  }));
}

export async function attributionsOf(db: Kysely<DB>, eventIds: readonly string[]): Promise<Map<string, AttributionOut[]>> {
  const out = new Map<string, AttributionOut[]>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const rows = await db.selectFrom('event_attributions').selectAll().where('event_id', 'in', eventIds.slice(i, i + 500))
      .orderBy('event_id').orderBy('position').execute();
    for (const r of rows) {
      const list = out.get(r.event_id) ?? [];
      list.push({ entity: r.entity, text: r.text });
      out.set(r.event_id, list);
    }
  }
  return out;
}
