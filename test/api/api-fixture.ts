import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../../src/api/app.js';
import { readInputs } from '../../src/readers/inputs.js';
import { createExtractor } from '../../src/services/extractor.js';
import { ingest } from '../../src/services/ingest.js';
import type { KnowledgeBase } from '../../src/services/knowledge-base.js';
import { openKnowledgeBase } from '../../src/services/open-knowledge-base.js';
import { ROOT, tmp } from '../helpers.js';

export const TOKEN = 'test-token-0123456789abcdef';
export const TODAY = '2026-01-15';

/** A knowledge base in memory with the reference data and the repo's example articles. */
export async function exampleKb(): Promise<KnowledgeBase & { close(): Promise<void> }> {
  const kb = await openKnowledgeBase(':memory:');
  await ingest(kb.db, readInputs([join(ROOT, 'examples')]), createExtractor());
  return kb;
}

/** The app over a knowledge base, read-only unless a token is given; with no explorer build (the browser suite serves one). */
export function appOf(kb: KnowledgeBase, opts: { token?: string | null; maxBodyBytes?: number; log?: (l: string) => void } = {}): OpenAPIHono {
  return createApp({
    kb, token: opts.token ?? null, extractor: () => createExtractor(), today: () => TODAY,
    webRoot: join(tmp('accords-noweb-'), 'absent'),
    maxBodyBytes: opts.maxBodyBytes, log: opts.log ?? (() => {}),
  });
}

/** GETs (or sends) JSON in-process and returns status, headers and the parsed body. */
export async function call(app: OpenAPIHono, path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: any; raw: string }> {
  const res = await app.request(path, init);
  const raw = await res.text();
  let body: unknown = null;
  try { body = JSON.parse(raw); } catch { body = null; }
  return { status: res.status, headers: res.headers, body, raw };
}
