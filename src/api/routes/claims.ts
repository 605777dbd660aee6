import { createRoute } from '@hono/zod-openapi';
import { claims } from '../../services/queries/claims.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { Claims, ClaimsQuery } from '../schemas/claim.js';
import { AsOfQuery, ERRORS, NOT_FOUND, PageQuery, json } from '../schemas/common.js';

const list = createRoute({
  method: 'get', path: '/api/v1/claims', tags: ['claims'], summary: 'Claims with their dated history and status as of a date (as `accords claims`)',
  request: { query: AsOfQuery.extend(ClaimsQuery.shape).extend(PageQuery.shape) },
  responses: { 200: json(Claims, 'one page of claims, oldest first'), ...ERRORS, ...NOT_FOUND },
});

export function registerClaimRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const asOf = q.asOf ?? deps.today();
    const all = await claims(deps.kb, { entity: q.entity, asOf });
    return c.json({ asOf, total: all.length, claims: all.slice(q.offset, q.offset + q.limit) }, 200);
  });
}
