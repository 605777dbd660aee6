import { z } from '@hono/zod-openapi';
import { Attribution, IsoDate, Participant, Span } from './common.js';

/** Longest text accepted through the API (a long feature article is well under this). */
export const MAX_TEXT_CHARS = 1_000_000;

export const DocumentParam = z.object({
  id: z.string().min(1).max(500).openapi({ param: { name: 'id', in: 'path' }, example: '2025-11-06-kazakhstan-abraham-accords.txt' }),
});

export const DocumentListQuery = z.object({
  before: IsoDate.optional().openapi({ param: { name: 'before', in: 'query' }, description: 'only documents dated on or before this day' }),
});

export const DocumentSummary = z.object({
  id: z.string(), date: z.string(), title: z.string().nullable(), url: z.string().nullable(), length: z.number().int(),
}).openapi('DocumentSummary');
export const DocumentList = z.object({ total: z.number().int(), documents: z.array(DocumentSummary) }).openapi('DocumentList');

export const DocumentExtraction = z.object({
  doc: z.object({ id: z.string(), date: z.string(), title: z.string().nullable(), url: z.string().nullable(), text: z.string() }),
  entities: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), state: z.string().nullable(), mentions: z.array(Span) })),
  times: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), type: z.string(), value: z.string().nullable() })),
  quotes: z.array(z.object({
    start: z.number().int(), end: z.number().int(), text: z.string(), speaker: z.string().nullable(), speakerText: z.string().nullable(),
    speakerStart: z.number().int().nullable(), speakerEnd: z.number().int().nullable(),
  })),
  events: z.array(z.object({
    idx: z.number().int(), type: z.string(), mode: z.string().nullable(), status: z.string(), agreement: z.string().nullable(), date: z.string(),
    time: z.object({ value: z.string().nullable(), text: z.string() }).nullable(),
    source: z.array(Participant), target: z.array(Participant), attribution: z.array(Attribution), evidence: Span, cameo: z.string().nullable(),
  })),
  predictions: z.array(z.object({
    predictor: z.string(), madeOn: z.string().nullable(), deadline: z.string().nullable(),
    event: z.number().int().openapi({ description: 'idx of the predicted event' }), claim: z.string(), evidence: Span,
  })),
}).openapi('DocumentExtraction');

export const NewDocument = z.object({
  id: z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f]+$/, 'must not contain control characters').optional(),
  date: IsoDate,
  text: z.string().min(1).max(MAX_TEXT_CHARS),
  title: z.string().max(1000).optional(),
}).strict().openapi('NewDocument');

export const IngestResult = z.object({ result: z.enum(['stored', 'duplicate']), id: z.string() }).openapi('IngestResult');

export const SearchQuery = z.object({
  q: z.string().min(1).max(500).openapi({ param: { name: 'q', in: 'query' }, description: 'words (all required), "a phrase", a trailing * for a prefix', example: 'Abraham Accords' }),
});

export const SearchResult = z.object({
  query: z.string(), total: z.number().int(),
  hits: z.array(z.object({
    id: z.string(), date: z.string(), title: z.string().nullable(),
    snippet: z.object({ text: z.string(), marks: z.array(z.object({ start: z.number().int(), end: z.number().int() })) }),
  })),
}).openapi('SearchResult');
