import type { OpenAPIHono } from '@hono/zod-openapi';
import type { IngestExtraction } from '../services/documents/ingest-one.js';
import type { KnowledgeBase } from '../services/knowledge-base.js';

/**
 * What the routes need, passed in: the knowledge base, the extractor for writes (made on first
 * use: loading the English lexicons costs time a read-only server never needs to spend), and
 * the clock that "today" comes from.
 *
 * @example { kb, extractor: () => createExtractor(), today: () => '2025-11-06' }
 */
export interface ApiDeps {
  readonly kb: KnowledgeBase;
  readonly extractor: () => IngestExtraction;
  readonly today: () => string;
}

export type ApiApp = OpenAPIHono;
