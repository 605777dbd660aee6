import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameToken } from '../../src/api/security/bearer-token.js';
import { appOf, call, exampleKb, TOKEN } from './api-fixture.js';

const DOC = { id: 'api-doc-1', date: '2025-11-20', title: 'Test', text: 'Azerbaijan said on Thursday it would join the Abraham Accords.' };
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers },
});
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('API writes and security', () => {
  let kb: Awaited<ReturnType<typeof exampleKb>>;
  beforeAll(async () => { kb = await exampleKb(); });
  afterAll(async () => kb.close());

  it('is read-only without a token: every write is a 403 with a clear message', async () => {
    const app = appOf(kb);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await call(app, '/api/v1/documents', { ...post(DOC, bearer(TOKEN)), method });
      expect(r.status, method).toBe(403);
      expect(r.body.error).toMatch(/read-only.*ACCORDS_TOKEN/);
    }
  });

  it('needs the bearer token on writes (401 otherwise) and ingests through the ingest service', async () => {
    const app = appOf(kb, { token: TOKEN });
    for (const headers of [{}, bearer('wrong-token-0123456789abcdef'), { authorization: `Basic ${TOKEN}` }, bearer(`${TOKEN}x`)]) {
      const r = await call(app, '/api/v1/documents', post(DOC, headers));
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const stored = await call(app, '/api/v1/documents', post(DOC, bearer(TOKEN)));
    expect(stored.status).toBe(201);
    expect(stored.body).toEqual({ result: 'stored', id: 'api-doc-1' });
    const again = await call(app, '/api/v1/documents', post({ ...DOC, id: 'other-id' }, bearer(TOKEN)));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ result: 'duplicate', id: 'api-doc-1' });
    const x = await call(app, '/api/v1/documents/api-doc-1');
    expect(x.body.entities.map((e: { id: string }) => e.id)).toContain('AZE');
    expect((await call(app, '/api/v1/search?q=Azerbaijan')).body.total).toBe(1);
    const anon = await call(app, '/api/v1/documents', post({ date: '2025-11-21', text: 'Talks resumed in Geneva.' }, bearer(TOKEN)));
    expect(anon.body.id).toMatch(/^2025-11-21_[0-9a-f]{12}$/);
  });

  it('validates the body: 400 with the field named, for missing, malformed, extra or oversized input', async () => {
    const app = appOf(kb, { token: TOKEN, maxBodyBytes: 4096 });
    const cases: [unknown, RegExp][] = [
      [{ text: 'x' }, /date/],
      [{ date: '2025-13-01', text: 'x' }, /date/],
      [{ date: '2025-11-01', text: '' }, /text/],
      [{ date: '2025-11-01', text: 'x', extra: 1 }, /extra|unrecognized/i],
      ['{"date": "2025-11-01", "text": ', /malformed JSON/],
      [[1, 2], /expected object/i],
    ];
    for (const [body, msg] of cases) {
      const r = await call(app, '/api/v1/documents', post(body, bearer(TOKEN)));
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error).toMatch(msg);
    }
    const big = await call(app, '/api/v1/documents', post({ date: '2025-11-01', text: 'a'.repeat(10_000) }, bearer(TOKEN)));
    expect(big.status).toBe(413);
    const noType = await call(app, '/api/v1/documents', { method: 'POST', body: JSON.stringify(DOC), headers: bearer(TOKEN) });
    expect(noType.status).toBe(415);
    expect(noType.body.error).toMatch(/application\/json/);
  });

  it('answers failures with a message only: no stack trace, no file path', async () => {
    const lines: string[] = [];
    const broken = await exampleKb();
    const app = appOf(broken, { log: (l) => lines.push(l) });
    await broken.close();
    const r = await call(app, '/api/v1/agreements');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: 'internal error' });
    expect(lines.join('\n')).toMatch(/agreements/);
    for (const path of ['/api/v1/entities/%E0%A4%A', '/api/v1/documents/..%2F..%2Fetc%2Fpasswd', '/..%2Fpackage.json', `/api/v1/search?q=${'x'.repeat(600)}`]) {
      const x = await call(appOf(kb), path);
      expect(x.status, path).toBeGreaterThanOrEqual(400);
      expect(x.status, path).toBeLessThan(500);
      expect(x.raw).not.toMatch(/\/work\/|node_modules|\bat .+:\d+:\d+/);
    }
  });

  it('sends security headers and a strict CSP, and no CORS headers even when asked', async () => {
    const app = appOf(kb);
    for (const path of ['/', '/api/v1/agreements']) {
      const r = await call(app, path, { headers: { origin: 'https://evil.example' } });
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
    const pre = await call(app, '/api/v1/documents', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('compares tokens whole', () => {
    expect(sameToken(TOKEN, TOKEN)).toBe(true);
    for (const t of ['', TOKEN.slice(0, -1), `${TOKEN} `, TOKEN.toUpperCase()]) expect(sameToken(t, TOKEN)).toBe(false);
  });
});
