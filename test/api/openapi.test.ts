import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOf, call, exampleKb } from './api-fixture.js';

type Operation = { parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: unknown; security?: unknown[] };

/** Every `$ref` in a JSON value. */
function refs(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) refs(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === '$ref' && typeof x === 'string' ? out.push(x) : refs(x, out));
  return out;
}

describe('OpenAPI document', () => {
  let kb: Awaited<ReturnType<typeof exampleKb>>;
  let app: ReturnType<typeof appOf>;
  let doc: { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> } };
  beforeAll(async () => {
    kb = await exampleKb();
    app = appOf(kb);
    doc = (await call(app, '/api/openapi.json')).body;
  });
  afterAll(async () => kb.close());

  it('is OpenAPI 3.1 with info and components', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(5);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('lists every API route the app serves, and no other', () => {
    const served = new Set(app.routes.filter((r) => r.path.startsWith('/api/v1') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    const listed = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...listed].sort()).toEqual([...served].sort());
    expect(served.size).toBeGreaterThanOrEqual(12);
  });

  it('declares each operation\'s parameters and JSON responses, errors included', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          expect(op.parameters?.find((p) => p.name === name && p.in === 'path' && p.required), `${where}: path parameter ${name}`).toBeTruthy();
        }
        for (const p of op.parameters ?? []) expect(p.schema, `${where}: ${p.name} schema`).toBeTruthy();
        const codes = Object.keys(op.responses);
        expect(codes.some((c) => /^2\d\d$/.test(c)), where).toBe(true);
        expect(codes, where).toContain('400');
        for (const code of codes) expect(op.responses[code].content?.['application/json']?.schema, `${where} ${code}`).toBeTruthy();
        if (method !== 'get') {
          expect(op.security, where).toEqual([{ bearer: [] }]);
          expect(codes, where).toEqual(expect.arrayContaining(['401', '403', '413']));
          expect(op.requestBody, where).toBeTruthy();
        }
      }
    }
  });

  it('has every $ref resolve to a component', () => {
    for (const ref of refs(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      expect(ref.startsWith('#/components/schemas/') && name in doc.components.schemas, ref).toBe(true);
    }
  });

  it('documents query parameters the routes validate (asOf, paging, search)', () => {
    const names = (path: string) => doc.paths[path].get.parameters?.map((p) => p.name);
    expect(names('/api/v1/agreements/{id}/members')).toEqual(expect.arrayContaining(['id', 'asOf']));
    expect(names('/api/v1/entities/{id}/timeline')).toEqual(expect.arrayContaining(['id', 'asOf', 'limit', 'offset']));
    expect(names('/api/v1/search')).toEqual(expect.arrayContaining(['q', 'limit', 'offset']));
  });
});
