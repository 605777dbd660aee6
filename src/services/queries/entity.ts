import { membersAsOf } from '../../kb/membership/lifecycle.js';
import type { Stage } from '../../kb/vocabulary.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { claims } from './claims.js';
import { membershipContext } from './membership-context.js';
import { members } from './members.js';
import { namesOf } from './names.js';
import { predictions, trackRecords } from './predictions.js';
import { resolveEntity } from './resolve-entity.js';

/**
 * What the base knows of an entity as of a date (`accords entity ENTITY`).
 *
 * @example { id: 'KAZ', kind: 'state', name: 'Kazakhstan', documents: 1, memberships: [{ agreement: 'agreement:abraham-accords', status: 'expected', since: '2025-11-06' }], … }
 */
export interface EntityOut {
  id: string;
  kind: string | null;
  name: string;
  state: string | null;
  role: string | null;
  origin: string | null;
  documents: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  memberships: { agreement: string; status: Stage; since: string }[];
  members: { state: string; status: Stage; since: string }[];
  claims: { total: number; byStatus: Record<string, number> };
  trackRecord: { fulfilled: number; failed: number; pending: number } | null;
}

export async function entityInfo(kb: KnowledgeBase, ref: string, asOf: string): Promise<EntityOut> {
  const id = await resolveEntity(kb, ref);
  const row = await kb.db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  const seen = await kb.db.selectFrom('mentions').innerJoin('documents as d', 'd.id', 'mentions.doc_id')
    .select((eb) => [eb.fn.count<number>('mentions.doc_id').as('n'), eb.fn.count<number>('mentions.doc_id').distinct().as('docs'),
      eb.fn.min('d.date').as('first'), eb.fn.max('d.date').as('last')])
    .where('mentions.entity_id', '=', id).where('d.date', '<=', asOf).executeTakeFirst();
  const kind = row?.kind ?? (/^[A-Z]{3}$/.test(id) ? 'state' : id.startsWith('agreement:') ? 'agreement' : null);
  const list = await claims(kb, { entity: id, asOf });
  const byStatus: Record<string, number> = {};
  for (const c of list) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  const preds = kind === 'person' || kind === 'organization' || kind === 'state' ? await predictions(kb, { asOf, predictor: id }) : [];
  const record = trackRecords(preds)[0];
  return {
    id, kind, name: row?.name ?? (await namesOf(kb.db, [id])).get(id) ?? id, state: row?.state ?? null, role: row?.role ?? null,
    origin: row?.origin ?? null, documents: Number(seen?.docs ?? 0), mentions: Number(seen?.n ?? 0),
    firstSeen: (seen?.first as string | null) ?? null, lastSeen: (seen?.last as string | null) ?? null,
    memberships: kind === 'state' ? await membershipsOf(kb, id, asOf) : [],
    members: kind === 'agreement' ? (await members(kb, id, asOf)).map((m) => ({ state: m.state, status: m.status, since: m.since })) : [],
    claims: { total: list.length, byStatus },
    trackRecord: record ? { fulfilled: record.fulfilled, failed: record.failed, pending: record.pending } : null,
  };
}

/** A state's place in every agreement the base knows of. */
async function membershipsOf(kb: KnowledgeBase, state: string, asOf: string): Promise<EntityOut['memberships']> {
  const named = await kb.db.selectFrom('events').select('agreement').distinct().where('agreement', 'is not', null).execute();
  const facts = await kb.db.selectFrom('membership_facts').select('agreement').distinct().execute();
  const ids = new Set([...kb.catalog.agreements.map((a) => a.id), ...named.map((r) => r.agreement!), ...facts.map((r) => r.agreement)]);
  const out: EntityOut['memberships'] = [];
  for (const agreement of [...ids].sort()) {
    const ctx = await membershipContext(kb, agreement, kb.catalog.agreements.find((a) => a.id === agreement) ?? null);
    const m = membersAsOf(ctx.reports.filter((r) => r.state === state), ctx.facts.filter((f) => f.state === state), asOf)[0];
    if (m) out.push({ agreement, status: m.stage, since: m.since });
  }
  return out;
}
