import type { AttributionOut } from '../../core/contract.js';
import { attributionsOf } from '../../store/claim-reads.js';
import { withParticipants } from '../../store/membership-reads.js';
import type { EventStatus } from '../../core/contract.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { resolveEntity } from './resolve-entity.js';

/**
 * One event of `accords timeline ENTITY`.
 *
 * @example { date: '2020-09-15', doc: '2020-09-15_…', type: 'AGREE', mode: 'sign', source: ['ARE', 'BHR'], target: ['ISR'],
 *   agreement: null, status: 'occurred', attribution: [], evidence: { start: 87, end: 231, text: '…' } }
 */
export interface TimelineEntry {
  date: string;
  doc: string;
  docDate: string;
  type: string;
  mode: string | null;
  source: string[];
  target: string[];
  agreement: string | null;
  status: EventStatus;
  attribution: AttributionOut[];
  evidence: { start: number; end: number; text: string };
}

/** An entity's events (as participant, as the agreement, or as the one they are attributed to), in date order. */
export async function timeline(kb: KnowledgeBase, ref: string, asOf: string): Promise<{ entity: string; events: TimelineEntry[] }> {
  const entity = await resolveEntity(kb, ref);
  const rows = await kb.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.doc_id')
    .select(['e.id', 'e.doc_id', 'd.date as doc_date', 'e.date', 'e.type', 'e.mode', 'e.agreement', 'e.status',
      'e.evidence_start', 'e.evidence_end', 'e.evidence_text', 'e.predicted', 'e.idx'])
    .where('d.date', '<=', asOf)
    .where((eb) => eb.or([
      eb('e.agreement', '=', entity),
      eb.exists(eb.selectFrom('event_participants as p').select('p.event_id').whereRef('p.event_id', '=', 'e.id')
        .where((w) => w.or([w('p.entity', '=', entity), w('p.state', '=', entity)]))),
      eb.exists(eb.selectFrom('event_attributions as a').select('a.event_id').whereRef('a.event_id', '=', 'e.id').where('a.entity', '=', entity)),
    ]))
    .orderBy('e.date').orderBy('d.date').orderBy('e.doc_id').orderBy('e.idx').execute();
  const withParts = await withParticipants(kb.db, rows.map((r) => ({
    eventId: r.id, docId: r.doc_id, docDate: r.doc_date, date: r.date, status: r.status as EventStatus, type: r.type, mode: r.mode,
    agreement: r.agreement, predicted: r.predicted === 1, span: { start: r.evidence_start, end: r.evidence_end }, parties: [],
  })));
  const attributions = await attributionsOf(kb.db, rows.map((r) => r.id));
  const actor = (p: { entity: string; state: string | null }) => p.state ?? p.entity;
  return {
    entity,
    events: rows.map((r, i) => ({
      date: r.date, doc: r.doc_id, docDate: r.doc_date, type: r.type, mode: r.mode,
      source: [...new Set(withParts[i].parties.filter((p) => p.role === 'source').map(actor))],
      target: [...new Set(withParts[i].parties.filter((p) => p.role === 'target').map(actor))],
      agreement: r.agreement, status: r.status as EventStatus, attribution: attributions.get(r.id) ?? [],
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    })),
  };
}
