import type { ExpressionBuilder } from 'kysely';
import type { AttributionOut } from '../../core/contract.js';
import { attributionsOf } from '../../store/claim-reads.js';
import { withParticipants } from '../../store/membership-reads.js';
import type { EventStatus } from '../../core/contract.js';
import type { DB } from '../../store/schema.js';
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

/** An entity's events (as participant, as the agreement, or as the one they are attributed to), in date order; one page of them when `page` is given. */
export async function timeline(kb: KnowledgeBase, ref: string, asOf: string,
  page?: { limit: number; offset: number }): Promise<{ entity: string; total: number; events: TimelineEntry[] }> {
  const entity = await resolveEntity(kb, ref);
  // The entity's events in order, for every date (a server keeps them while the database is
  // unchanged); the as-of date and the page are cut from them, then only the page's rows are read.
  const keys = kb.cache ? await kb.cache.get(`timeline:${entity}`, () => eventOrder(kb, entity)) : await eventOrder(kb, entity);
  const known = keys.filter((k) => k.docDate <= asOf);
  const order = page ? known.slice(page.offset, page.offset + page.limit) : known;
  const total = known.length;
  const byId = new Map<string, Awaited<ReturnType<typeof fullRows>>[number]>();
  for (let i = 0; i < order.length; i += 500) for (const r of await fullRows(kb, order.slice(i, i + 500).map((o) => o.id))) byId.set(r.id, r);
  const rows = order.map((o) => byId.get(o.id)!);
  const withParts = await withParticipants(kb.db, rows.map((r) => ({
    eventId: r.id, docId: r.doc_id, docDate: r.doc_date, date: r.date, status: r.status as EventStatus, type: r.type, mode: r.mode,
    agreement: r.agreement, predicted: r.predicted === 1, span: { start: r.evidence_start, end: r.evidence_end }, parties: [],
  })));
  const attributions = await attributionsOf(kb.db, rows.map((r) => r.id));
  const actor = (p: { entity: string; state: string | null }) => p.state ?? p.entity;
  return {
    entity,
    total,
    events: rows.map((r, i) => ({
      date: r.date, doc: r.doc_id, docDate: r.doc_date, type: r.type, mode: r.mode,
      source: [...new Set(withParts[i].parties.filter((p) => p.role === 'source').map(actor))],
      target: [...new Set(withParts[i].parties.filter((p) => p.role === 'target').map(actor))],
      agreement: r.agreement, status: r.status as EventStatus, attribution: attributions.get(r.id) ?? [],
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    })),
  };
}

function fullRows(kb: KnowledgeBase, ids: readonly string[]) {
  return kb.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.doc_id')
    .select(['e.id', 'e.doc_id', 'd.date as doc_date', 'e.date', 'e.type', 'e.mode', 'e.agreement', 'e.status',
      'e.evidence_start', 'e.evidence_end', 'e.evidence_text', 'e.predicted', 'e.idx'])
    .where('e.id', 'in', [...ids]).execute();
}

/** The ids of an entity's events (as participant, as the agreement, as the one attributed) with their document dates, in timeline order. */
async function eventOrder(kb: KnowledgeBase, entity: string): Promise<{ id: string; docDate: string }[]> {
  // Indexed lookups of the ids (an OR of EXISTS per event would scan them all).
  const ids = (eb: ExpressionBuilder<DB & { e: DB['events'] }, 'e'>) => eb.or([
    eb('e.agreement', '=', entity),
    eb('e.id', 'in', eb.selectFrom('event_participants as p').select('p.event_id').where((w) => w.or([w('p.entity', '=', entity), w('p.state', '=', entity)]))),
    eb('e.id', 'in', eb.selectFrom('event_attributions as a').select('a.event_id').where('a.entity', '=', entity)),
  ]);
  return kb.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.doc_id').where(ids)
    .select(['e.id', 'd.date as docDate']).orderBy('e.date').orderBy('d.date').orderBy('e.doc_id').orderBy('e.idx').execute();
}
