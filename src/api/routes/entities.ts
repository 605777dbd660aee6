import { createRoute } from '@hono/zod-openapi';
import { entityInfo } from '../../services/queries/entity.js';
import { listEntities } from '../../services/queries/entity-list.js';
import { timeline } from '../../services/queries/timeline.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { AsOfQuery, ERRORS, NOT_FOUND, PageQuery, json } from '../schemas/common.js';
import { Entity, EntityList, EntityListQuery, EntityParam, Timeline } from '../schemas/entity.js';

const list = createRoute({
  method: 'get', path: '/api/v1/entities', tags: ['entities'], summary: 'Entities by name, optionally filtered',
  request: { query: EntityListQuery.extend(PageQuery.shape) },
  responses: { 200: json(EntityList, 'one page of entities'), ...ERRORS },
});

const one = createRoute({
  method: 'get', path: '/api/v1/entities/{id}', tags: ['entities'], summary: 'What the base knows of an entity (as `accords entity`)',
  request: { params: EntityParam, query: AsOfQuery },
  responses: { 200: json(Entity, 'the entity'), ...ERRORS, ...NOT_FOUND },
});

const events = createRoute({
  method: 'get', path: '/api/v1/entities/{id}/timeline', tags: ['entities'],
  summary: 'An entity\'s events in date order, each with status, attribution and source sentence (as `accords timeline`)',
  request: { params: EntityParam, query: AsOfQuery.extend(PageQuery.shape) },
  responses: { 200: json(Timeline, 'one page of the timeline'), ...ERRORS, ...NOT_FOUND },
});

export function registerEntityRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => c.json(await listEntities(deps.kb, c.req.valid('query')), 200));
  app.openapi(one, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    return c.json(await entityInfo(deps.kb, c.req.valid('param').id, asOf), 200);
  });
  app.openapi(events, async (c) => {
    const q = c.req.valid('query');
    const asOf = q.asOf ?? deps.today();
    const t = await timeline(deps.kb, c.req.valid('param').id, asOf, { limit: q.limit, offset: q.offset });
    return c.json({ entity: t.entity, asOf, total: t.total, events: t.events }, 200);
  });
}
