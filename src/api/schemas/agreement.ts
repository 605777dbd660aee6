import { z } from '@hono/zod-openapi';
import { Stage } from './common.js';

export const AgreementParam = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, description: 'an id, name or alias', example: 'agreement:abraham-accords' }),
});

export const Agreement = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  curated: z.boolean().openapi({ description: 'in the curated catalog (reference data), not only named by news' }),
  description: z.string().nullable(),
  firstDate: z.string().nullable().openapi({ description: 'the first day anything on record speaks of it' }),
  sources: z.array(z.string()),
  members: z.record(z.string(), z.number().int()).openapi({ description: 'states at each stage as of the date asked', example: { signed: 4, expected: 1 } }),
}).openapi('Agreement');

export const Member = z.object({
  state: z.string().openapi({ example: 'ARE' }),
  name: z.string().openapi({ example: 'United Arab Emirates' }),
  status: Stage,
  since: z.string().openapi({ example: '2020-09-15' }),
  sources: z.array(z.object({
    doc: z.string().openapi({ description: 'a stored document id, or the URL of a reference source' }),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
  })),
}).openapi('Member');

export const Members = z.object({ agreement: z.string(), asOf: z.string(), members: z.array(Member) }).openapi('Members');
