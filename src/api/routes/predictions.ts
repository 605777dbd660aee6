import { createRoute } from '@hono/zod-openapi';
import { namesOf } from '../../services/queries/names.js';
import { predictions, trackRecords } from '../../services/queries/predictions.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { AsOfQuery, ERRORS, json } from '../schemas/common.js';
import { Predictions, PredictionsQuery, TrackRecords } from '../schemas/prediction.js';

const list = createRoute({
  method: 'get', path: '/api/v1/predictions', tags: ['predictions'], summary: 'Predictions with their outcome as of a date (as `accords predictions`)',
  request: { query: AsOfQuery.extend(PredictionsQuery.shape) },
  responses: { 200: json(Predictions, 'every prediction'), ...ERRORS },
});

const records = createRoute({
  method: 'get', path: '/api/v1/predictors', tags: ['predictions'], summary: 'Each predictor\'s record: fulfilled, failed, pending',
  request: { query: AsOfQuery },
  responses: { 200: json(TrackRecords, 'one record per predictor'), ...ERRORS },
});

export function registerPredictionRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const asOf = q.asOf ?? deps.today();
    return c.json({ asOf, predictions: await predictions(deps.kb, { asOf, predictor: q.predictor }) }, 200);
  });
  app.openapi(records, async (c) => {
    const asOf = c.req.valid('query').asOf ?? deps.today();
    const rows = trackRecords(await predictions(deps.kb, { asOf }));
    // namesOf is the store-backed display-name service; a predictor is shown by name, not id.
    const names = await namesOf(deps.kb.db, rows.map((r) => r.predictor));
    return c.json({ asOf, predictors: rows.map((r) => ({ ...r, name: names.get(r.predictor) ?? r.predictor })) }, 200);
  });
}
