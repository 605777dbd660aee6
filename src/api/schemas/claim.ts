import { z } from '@hono/zod-openapi';
import { Attribution, EventStatus, Span } from './common.js';

export const ClaimsQuery = z.object({
  entity: z.string().min(1).max(200).optional().openapi({ param: { name: 'entity', in: 'query' }, description: 'only claims about this entity', example: 'KAZ' }),
});

export const Claim = z.object({
  id: z.string(), summary: z.string(), subject: z.string(), predicate: z.string(), object: z.string().nullable(),
  status: z.enum(['occurred', 'ongoing', 'expected', 'possible', 'denied', 'contradicted']),
  history: z.array(z.object({
    doc: z.string(), date: z.string(), status: EventStatus, attribution: z.array(Attribution), eventDate: z.string(), evidence: Span,
  })),
}).openapi('Claim');

export const Claims = z.object({ asOf: z.string(), total: z.number().int(), claims: z.array(Claim) }).openapi('Claims');
