import { createRoute } from '@hono/zod-openapi';
import { documentExtraction } from '../../services/documents/extraction.js';
import { ingestOne } from '../../services/documents/ingest-one.js';
import { listDocuments } from '../../services/documents/list.js';
import { searchDocuments } from '../../services/documents/search.js';
import type { ApiApp, ApiDeps } from '../deps.js';
import { ERRORS, NOT_FOUND, PageQuery, WRITE_ERRORS, json } from '../schemas/common.js';
import { DocumentExtraction, DocumentList, DocumentListQuery, DocumentParam, IngestResult, NewDocument, SearchQuery, SearchResult } from '../schemas/document.js';

const list = createRoute({
  method: 'get', path: '/api/v1/documents', tags: ['documents'], summary: 'Stored documents, newest first',
  request: { query: DocumentListQuery.extend(PageQuery.shape) },
  responses: { 200: json(DocumentList, 'one page of documents'), ...ERRORS },
});

const one = createRoute({
  method: 'get', path: '/api/v1/documents/{id}', tags: ['documents'],
  summary: 'A document with its extraction: entities, times, quotes, events and predictions, each with its span',
  request: { params: DocumentParam },
  responses: { 200: json(DocumentExtraction, 'the document and what was extracted from it'), ...ERRORS, ...NOT_FOUND },
});

const create = createRoute({
  method: 'post', path: '/api/v1/documents', tags: ['documents'],
  summary: 'Ingest a document (as `accords ingest`); needs the bearer token',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: NewDocument } } } },
  responses: {
    201: json(IngestResult, 'stored'), 200: json(IngestResult, 'the same text was already stored (under `id`)'),
    ...ERRORS, ...WRITE_ERRORS,
  },
});

const search = createRoute({
  method: 'get', path: '/api/v1/search', tags: ['documents'], summary: 'Full-text search over document titles and texts',
  request: { query: SearchQuery.extend(PageQuery.shape) },
  responses: { 200: json(SearchResult, 'matching documents, best first, each with an excerpt'), ...ERRORS },
});

export function registerDocumentRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openapi(list, async (c) => c.json(await listDocuments(deps.kb, c.req.valid('query')), 200));
  app.openapi(one, async (c) => c.json(await documentExtraction(deps.kb, c.req.valid('param').id), 200));
  app.openapi(create, async (c) => {
    const r = await ingestOne(deps.kb, c.req.valid('json'), deps.extractor());
    return r.result === 'stored' ? c.json(r, 201) : c.json(r, 200);
  });
  app.openapi(search, async (c) => {
    const q = c.req.valid('query');
    return c.json(await searchDocuments(deps.kb, q.q, q), 200);
  });
}
