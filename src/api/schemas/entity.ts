import { z } from '@hono/zod-openapi';
import { Attribution, EventStatus, Span, Stage } from './common.js';

export const EntityParam = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, description: 'an id, a name or an ISO3 code', example: 'KAZ' }),
});

export const EntityListQuery = z.object({
  q: z.string().max(200).optional().openapi({ param: { name: 'q', in: 'query' }, description: 'part of a name or id' }),
  kind: z.enum(['state', 'person', 'organization', 'agreement', 'group']).optional().openapi({ param: { name: 'kind', in: 'query' } }),
});

export const EntitySummary = z.object({ id: z.string(), kind: z.string(), name: z.string(), state: z.string().nullable() }).openapi('EntitySummary');
export const EntityList = z.object({ total: z.number().int(), entities: z.array(EntitySummary) }).openapi('EntityList');

export const Entity = z.object({
  id: z.string(), kind: z.string().nullable(), name: z.string(), state: z.string().nullable(), role: z.string().nullable(),
  origin: z.string().nullable(), documents: z.number().int(), mentions: z.number().int(),
  firstSeen: z.string().nullable(), lastSeen: z.string().nullable(),
  memberships: z.array(z.object({ agreement: z.string(), status: Stage, since: z.string() })),
  members: z.array(z.object({ state: z.string(), status: Stage, since: z.string() })),
  claims: z.object({ total: z.number().int(), byStatus: z.record(z.string(), z.number().int()) }),
  trackRecord: z.object({ fulfilled: z.number().int(), failed: z.number().int(), pending: z.number().int() }).nullable(),
}).openapi('Entity');

export const TimelineEvent = z.object({
  date: z.string().openapi({ description: 'when it happened, or is expected to' }),
  doc: z.string(), docDate: z.string(), type: z.string(), mode: z.string().nullable(),
  source: z.array(z.string()), target: z.array(z.string()), agreement: z.string().nullable(),
  status: EventStatus, attribution: z.array(Attribution),
  evidence: Span.openapi({ description: 'the source sentence: offsets into the document text' }),
}).openapi('TimelineEvent');

export const Timeline = z.object({
  entity: z.string(), asOf: z.string(), total: z.number().int().openapi({ description: 'events in all (the page may hold fewer)' }),
  events: z.array(TimelineEvent),
}).openapi('Timeline');
