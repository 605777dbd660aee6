import type { AttributionOut, ParticipantOut, SpanOut } from '../../core/contract.js';
import { AccordsError } from '../../core/errors.js';
import { attributionsOf } from '../../store/claim-reads.js';
import type { KnowledgeBase } from '../knowledge-base.js';

/**
 * A stored document with everything extracted from it, every record pointing at its span in `text`.
 * Events carry their `idx`, which predictions refer to.
 *
 * @example { doc: { id: 'd1', date: '2025-11-06', title: null, url: null, text: '…' },
 *   entities: [{ id: 'KAZ', kind: 'state', name: 'Kazakhstan', mentions: [{ start: 0, end: 10, text: 'Kazakhstan' }] }], … }
 */
export interface DocumentExtraction {
  doc: { id: string; date: string; title: string | null; url: string | null; text: string };
  entities: { id: string; kind: string; name: string; state: string | null; mentions: SpanOut[] }[];
  times: { start: number; end: number; text: string; type: string; value: string | null }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; speakerText: string | null; speakerStart: number | null; speakerEnd: number | null }[];
  events: ExtractedEvent[];
  predictions: { predictor: string; madeOn: string | null; deadline: string | null; event: number; claim: string; evidence: SpanOut }[];
}

export interface ExtractedEvent {
  idx: number;
  type: string;
  mode: string | null;
  status: string;
  agreement: string | null;
  date: string;
  time: { value: string | null; text: string } | null;
  source: ParticipantOut[];
  target: ParticipantOut[];
  attribution: AttributionOut[];
  evidence: SpanOut;
  cameo: string | null;
}

/** A document and its extraction, read back from the store; an unknown id is an error. */
export async function documentExtraction(kb: KnowledgeBase, id: string): Promise<DocumentExtraction> {
  const doc = await kb.db.selectFrom('documents').select(['id', 'date', 'title', 'url', 'text']).where('id', '=', id).executeTakeFirst();
  if (!doc) throw new AccordsError(`unknown document "${id}"`, 'knowledge base');
  const [mentions, times, quotes, events, parts, predictions] = await Promise.all([
    kb.db.selectFrom('mentions as m').leftJoin('entities as e', 'e.id', 'm.entity_id')
      .select(['m.entity_id', 'm.span_start', 'm.span_end', 'm.text', 'e.kind', 'e.name', 'e.state'])
      .where('m.doc_id', '=', id).orderBy('m.span_start').execute(),
    kb.db.selectFrom('times').selectAll().where('doc_id', '=', id).orderBy('idx').execute(),
    kb.db.selectFrom('quotes').selectAll().where('doc_id', '=', id).orderBy('idx').execute(),
    kb.db.selectFrom('events').selectAll().where('doc_id', '=', id).orderBy('idx').execute(),
    kb.db.selectFrom('event_participants as p').innerJoin('events as e', 'e.id', 'p.event_id')
      .select(['p.event_id', 'p.role', 'p.entity', 'p.state']).where('e.doc_id', '=', id).orderBy('p.event_id').orderBy('p.position').execute(),
    kb.db.selectFrom('predictions as p').innerJoin('events as e', 'e.id', 'p.event_id')
      .select(['p.predictor', 'p.made_on', 'p.deadline', 'e.idx as event', 'p.claim_id', 'p.evidence_start', 'p.evidence_end', 'p.evidence_text'])
      .where('p.doc_id', '=', id).orderBy('p.idx').execute(),
  ]);
  const attributions = await attributionsOf(kb.db, events.map((e) => e.id));
  const byEntity = new Map<string, DocumentExtraction['entities'][number]>();
  for (const m of mentions) {
    const e = byEntity.get(m.entity_id) ?? { id: m.entity_id, kind: m.kind ?? 'unknown', name: m.name ?? m.entity_id, state: m.state ?? null, mentions: [] };
    e.mentions.push({ start: m.span_start, end: m.span_end, text: m.text });
    byEntity.set(m.entity_id, e);
  }
  const partsOf = (eventId: string, role: string) => parts.filter((p) => p.event_id === eventId && p.role === role).map((p) => ({ entity: p.entity, state: p.state }));
  return {
    doc,
    entities: [...byEntity.values()],
    times: times.map((t) => ({ start: t.span_start, end: t.span_end, text: t.text, type: t.type, value: t.value })),
    quotes: quotes.map((q) => ({ start: q.span_start, end: q.span_end, text: q.text, speaker: q.speaker, speakerText: q.speaker_text, speakerStart: q.speaker_start, speakerEnd: q.speaker_end })),
    events: events.map((e) => ({
      idx: e.idx, type: e.type, mode: e.mode, status: e.status, agreement: e.agreement, date: e.date,
      time: e.time_text === null ? null : { value: e.time_value, text: e.time_text },
      source: partsOf(e.id, 'source'), target: partsOf(e.id, 'target'), attribution: attributions.get(e.id) ?? [],
      evidence: { start: e.evidence_start, end: e.evidence_end, text: e.evidence_text }, cameo: e.cameo,
    })),
    predictions: predictions.map((p) => ({
      predictor: p.predictor, madeOn: p.made_on, deadline: p.deadline, event: p.event, claim: p.claim_id,
      evidence: { start: p.evidence_start, end: p.evidence_end, text: p.evidence_text },
    })),
  };
}
