import type { Kysely } from 'kysely';
import type { EventStatus } from '../core/contract.js';
import { groupBy } from '../core/group-by.js';
import type { EventEvidence, MembershipFact } from '../kb/membership/evidence.js';
import type { Stage } from '../kb/vocabulary.js';
import type { DB } from './schema.js';

/**
 * The events that may bear on an agreement's membership: those naming it, and those naming no
 * agreement in documents that involve its scope's counterpart.
 *
 * @example await eventEvidence(db, 'agreement:abraham-accords', 'ISR')
 */
export async function eventEvidence(db: Kysely<DB>, agreement: string, counterpart: string | null, bodies: readonly string[] = []): Promise<EventEvidence[]> {
  let q = db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.id', 'events.doc_id', 'documents.date as doc_date', 'events.date', 'events.status', 'events.type',
      'events.mode', 'events.agreement', 'events.predicted', 'events.evidence_start', 'events.evidence_end',
      'events.report_cue', 'events.report_cue_text', 'events.report_speaker', 'events.time_value']);
  q = q.where((eb) => {
    const any = [eb('events.agreement', '=', agreement)];
    // Whole documents, not only the events naming the counterpart: an event can take its
    // counterpart from another event of its sentence (see membershipReports).
    if (counterpart) {
      any.push(eb.and([eb('events.agreement', 'is', null), eb('events.doc_id', 'in', eb.selectFrom('events as o')
        .innerJoin('event_participants as p', 'p.event_id', 'o.id').select('o.doc_id').where('p.state', '=', counterpart))]));
    }
    // Joining or leaving a body the agreement founded ("Finland joined NATO").
    if (bodies.length) {
      any.push(eb.and([eb('events.agreement', 'is', null), eb('events.id', 'in', eb.selectFrom('event_participants as b')
        .select('b.event_id').where('b.role', '=', 'target').where('b.entity', 'in', [...bodies]))]));
    }
    return eb.or(any);
  });
  // A fixed order (not the order rows were written in, which differs between one ingest process and
  // many workers): sources and ties come out the same on every backend.
  const rows = await q.orderBy('documents.date').orderBy('events.doc_id').orderBy('events.idx').execute();
  const days = await sentenceDays(db, rows.filter((r) => r.status === 'expected' && r.report_cue));
  return withParticipants(db, rows.map((r) => ({
    eventId: r.id, docId: r.doc_id, docDate: r.doc_date, date: r.date, status: r.status as EventStatus, type: r.type,
    mode: r.mode, agreement: r.agreement, predicted: r.predicted === 1,
    span: { start: r.evidence_start, end: r.evidence_end }, parties: [],
    timeValue: r.time_value,
    frame: r.report_cue && r.report_cue_text ? { cue: r.report_cue, text: r.report_cue_text, speaker: r.report_speaker } : null,
    ...(days.has(r.id) ? { sentenceDays: days.get(r.id)! } : {}),
  })));
}

/** The day values of the DATE expressions inside each event's sentence (one query per batch of documents). */
async function sentenceDays(db: Kysely<DB>, events: readonly { id: string; doc_id: string; evidence_start: number; evidence_end: number }[]): Promise<Map<string, string[]>> {
  const days: { doc_id: string; span_start: number; span_end: number; value: string }[] = [];
  const docs = [...new Set(events.map((e) => e.doc_id))];
  for (let i = 0; i < docs.length; i += 500) {
    const times = await db.selectFrom('times').select(['doc_id', 'span_start', 'span_end', 'value'])
      .where('doc_id', 'in', docs.slice(i, i + 500)).where('type', '=', 'DATE').execute();
    for (const t of times) if (t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) days.push({ ...t, value: t.value });
  }
  const byDoc = groupBy(days, (t) => t.doc_id);
  const out = new Map<string, string[]>();
  for (const e of events) {
    const inside = (byDoc.get(e.doc_id) ?? []).filter((t) => t.span_start >= e.evidence_start && t.span_end <= e.evidence_end);
    if (inside.length) out.set(e.id, inside.map((t) => t.value));
  }
  return out;
}

/** Fills in the participants of events (one query per batch of ids). */
export async function withParticipants(db: Kysely<DB>, events: EventEvidence[]): Promise<EventEvidence[]> {
  const byId = new Map(events.map((e) => [e.eventId, [] as { role: 'source' | 'target'; entity: string; state: string | null; position: number }[]]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('event_participants').selectAll().where('event_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) byId.get(r.event_id)!.push({ role: r.role as 'source' | 'target', entity: r.entity, state: r.state, position: r.position });
  }
  return events.map((e) => ({
    ...e,
    parties: byId.get(e.eventId)!.sort((a, b) => (a.role === b.role ? a.position - b.position : a.role === 'source' ? -1 : 1))
      .map(({ role, entity, state }) => ({ role, entity, state })),
  }));
}

/** The first day anything on record speaks of the agreement: a mention, an event, a reference fact. */
export async function firstReport(db: Kysely<DB>, agreement: string): Promise<string | null> {
  const dates = await Promise.all([
    db.selectFrom('mentions').innerJoin('documents', 'documents.id', 'mentions.doc_id')
      .select((eb) => eb.fn.min('documents.date').as('d')).where('mentions.entity_id', '=', agreement).executeTakeFirst(),
    db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id')
      .select((eb) => eb.fn.min('documents.date').as('d')).where('events.agreement', '=', agreement).executeTakeFirst(),
    db.selectFrom('membership_facts').select((eb) => eb.fn.min('date').as('d')).where('agreement', '=', agreement).executeTakeFirst(),
  ]);
  const found = dates.map((r) => r?.d as string | null | undefined).filter((d): d is string => !!d).sort();
  return found[0] ?? null;
}

/** Documents that name any of the given states, or a person or body belonging to one. */
export async function docsNaming(db: Kysely<DB>, states: readonly string[]): Promise<Set<string>> {
  if (!states.length) return new Set();
  // Three indexed lookups: an OR across the joined tables would scan every mention.
  const [named, members, attributed] = await Promise.all([
    db.selectFrom('mentions').select('doc_id').distinct().where('entity_id', 'in', [...states]).execute(),
    db.selectFrom('mentions').innerJoin('entities', 'entities.id', 'mentions.entity_id')
      .select('mentions.doc_id').distinct().where('entities.state', 'in', [...states]).execute(),
    db.selectFrom('event_attributions').innerJoin('events', 'events.id', 'event_attributions.event_id')
      .select('events.doc_id').distinct().where('event_attributions.entity', 'in', [...states]).execute(),
  ]);
  return new Set([...named, ...members, ...attributed].map((r) => r.doc_id));
}

export async function membershipFacts(db: Kysely<DB>, agreement: string): Promise<MembershipFact[]> {
  // Ties broken by id: the same order on every backend, whatever order the rows were written in.
  const rows = await db.selectFrom('membership_facts').selectAll().where('agreement', '=', agreement).orderBy('date').orderBy('id').execute();
  return rows.map((r) => ({ agreement: r.agreement, state: r.state, stage: r.stage as Stage, date: r.date, source: r.source_url }));
}

/** Agreements a document speaks of, most mentioned first. */
export async function agreementsOfDocument(db: Kysely<DB>, docId: string): Promise<string[]> {
  const mentions = await db.selectFrom('mentions').innerJoin('entities', 'entities.id', 'mentions.entity_id')
    .select('mentions.entity_id as id').where('mentions.doc_id', '=', docId).where('entities.kind', '=', 'agreement').execute();
  const events = await db.selectFrom('events').select('agreement as id').where('doc_id', '=', docId).where('agreement', 'is not', null).execute();
  const counts = new Map<string, number>();
  for (const r of [...mentions, ...events]) if (r.id) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}
