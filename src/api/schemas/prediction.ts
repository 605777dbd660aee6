import { z } from '@hono/zod-openapi';

export const PredictionsQuery = z.object({
  predictor: z.string().min(1).max(200).optional().openapi({ param: { name: 'predictor', in: 'query' }, example: 'person:donald-trump' }),
});

const Outcome = z.enum(['pending', 'fulfilled', 'failed']).openapi('Outcome');

export const Prediction = z.object({
  predictor: z.string(), text: z.string(), madeOn: z.string().nullable(), deadline: z.string().nullable(),
  event: z.object({ type: z.string(), mode: z.string().nullable(), source: z.array(z.string()), agreement: z.string().nullable() }),
  outcome: Outcome, resolvedBy: z.object({ doc: z.string() }).nullable(),
  doc: z.string(), claim: z.string(), resolvedOn: z.string().nullable(),
}).openapi('Prediction');

export const Predictions = z.object({ asOf: z.string(), predictions: z.array(Prediction) }).openapi('Predictions');

export const TrackRecord = z.object({
  predictor: z.string(), name: z.string(), fulfilled: z.number().int(), failed: z.number().int(), pending: z.number().int(),
}).openapi('TrackRecord');

export const TrackRecords = z.object({ asOf: z.string(), predictors: z.array(TrackRecord) }).openapi('TrackRecords');
