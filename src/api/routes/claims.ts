import { createRoute } from '@hono/zod-openapi';
import { claims } from '../../services/queries/claims.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { Claims, ClaimsQuery } from '../schemas/claim.js';
import { AsOfQuery, ERRORS, NOT_FOUND, json } from '../schemas/common.js';

const list = createRoute({
  method: 'get', path: '/api/v1/claims', tags: ['claims'], summary: 'Claims with their dated history and status as of a date (as `accords claims`)',
  request: { query: AsOfQuery.extend(ClaimsQuery.shape) },
  responses: { 200: json(Claims, 'claims, oldest first'), ...ERRORS, ...NOT_FOUND },
});

export function registerClaimRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const asOf = q.asOf ?? deps.today();
    return c.json({ asOf, claims: await claims(deps.kb, { entity: q.entity, asOf }) }, 200);
  });
}
