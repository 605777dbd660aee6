import { z } from '@hono/zod-openapi';

/** A calendar day, as every date in the API is written. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a real calendar date')
  .openapi({ example: '2025-11-06' });

/** `?asOf=` on every knowledge-base query: answers as of that day (default today). */
export const AsOfQuery = z.object({
  asOf: IsoDate.optional().openapi({ param: { name: 'asOf', in: 'query' }, description: 'answer as of this date (default: today)' }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' }, example: 50 }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ param: { name: 'offset', in: 'query' }, example: 0 }),
});

/** The one shape every error response has: a message a person can act on, never a stack trace. */
export const ErrorBody = z.object({
  error: z.string().openapi({ example: 'unknown entity "Atlantis"' }),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
}).openapi('Error');

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi('Span');
export const Participant = z.object({ entity: z.string(), state: z.string().nullable() }).openapi('Participant');
export const Attribution = z.object({ entity: z.string().nullable(), text: z.string() }).openapi('Attribution');
export const EventStatus = z.enum(['occurred', 'ongoing', 'expected', 'possible', 'denied']).openapi('EventStatus');
export const Stage = z.enum(['expected', 'announced', 'signed', 'in_force', 'withdrawn']).openapi('MembershipStatus');

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** The error responses every route may give, to spread into a route's `responses`. */
export const ERRORS = {
  400: error('invalid request: the message says which parameter and why'),
  500: error('internal error (details are in the server log, never in the response)'),
} as const;
export const NOT_FOUND = { 404: error('no such record') } as const;
export const WRITE_ERRORS = {
  401: error('missing or wrong bearer token'),
  403: error('the server is read-only (ACCORDS_TOKEN is not set)'),
  413: error('request body too large'),
  415: error('the body must be application/json'),
} as const;

/** A JSON response of the given schema, for a route's `responses`. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
