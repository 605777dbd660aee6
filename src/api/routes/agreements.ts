import { createRoute, z } from '@hono/zod-openapi';
import { agreement, agreements, knownAgreement } from '../../services/queries/agreements.js';
import { members } from '../../services/queries/members.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { Agreement, AgreementParam, Members } from '../schemas/agreement.js';
import { AsOfQuery, ERRORS, NOT_FOUND, json } from '../schemas/common.js';

const list = createRoute({
  method: 'get', path: '/api/v1/agreements', tags: ['agreements'], summary: 'Agreements the base knows of, with member counts',
  request: { query: AsOfQuery },
  responses: { 200: json(z.object({ asOf: z.string(), agreements: z.array(Agreement) }), 'every agreement, curated ones first'), ...ERRORS },
});

const one = createRoute({
  method: 'get', path: '/api/v1/agreements/{id}', tags: ['agreements'], summary: 'One agreement',
  request: { params: AgreementParam, query: AsOfQuery },
  responses: { 200: json(Agreement, 'the agreement'), ...ERRORS, ...NOT_FOUND },
});

const memberList = createRoute({
  method: 'get', path: '/api/v1/agreements/{id}/members', tags: ['agreements'],
  summary: 'Who is in an agreement as of a date, since when, and says who (as `accords members`)',
  request: { params: AgreementParam, query: AsOfQuery },
  responses: { 200: json(Members, 'members with their status and sources'), ...ERRORS, ...NOT_FOUND },
});

export function registerAgreementRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    return c.json({ asOf, agreements: await agreements(deps.kb, asOf) }, 200);
  });
  app.openapi(one, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    return c.json(await agreement(deps.kb, c.req.valid('param').id, asOf), 200);
  });
  app.openapi(memberList, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    const { id } = await knownAgreement(deps.kb, c.req.valid('param').id);
    return c.json({ agreement: id, asOf, members: await members(deps.kb, id, asOf) }, 200);
  });
}
