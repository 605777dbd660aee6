import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOf, call, exampleKb, TODAY } from './api-fixture.js';

describe('API read routes (in-process)', () => {
  let kb: Awaited<ReturnType<typeof exampleKb>>;
  let app: ReturnType<typeof appOf>;
  beforeAll(async () => {
    kb = await exampleKb();
    app = appOf(kb);
  });
  afterAll(async () => kb.close());

  it('lists agreements, curated first, with member counts as of a date', async () => {
    const r = await call(app, '/api/v1/agreements?asOf=2021-06-01');
    expect(r.status).toBe(200);
    expect(r.body.asOf).toBe('2021-06-01');
    expect(r.body.agreements[0]).toMatchObject({ id: 'agreement:abraham-accords', name: 'Abraham Accords', curated: true });
    expect(r.body.agreements[0].members.signed).toBeGreaterThanOrEqual(4);
    // agreements with members on record come before catalog entries nothing speaks of yet
    const known = r.body.agreements.map((a: { members: object }) => Object.keys(a.members).length > 0);
    expect(known.indexOf(false)).toBeGreaterThan(0);
    expect(known.slice(known.indexOf(false))).not.toContain(true);
  });

  it('answers members as of a date, by name or id, defaulting to today', async () => {
    const early = await call(app, '/api/v1/agreements/Abraham%20Accords/members?asOf=2020-10-01');
    expect(early.status).toBe(200);
    const states = Object.fromEntries(early.body.members.map((m: { state: string; status: string }) => [m.state, m.status]));
    expect(states).toMatchObject({ ARE: 'signed', BHR: 'signed' });
    expect(states.MAR).toBeUndefined();
    const late = await call(app, `/api/v1/agreements/${encodeURIComponent('agreement:abraham-accords')}/members`);
    expect(late.body.asOf).toBe(TODAY);
    expect(late.body.members.map((m: { state: string }) => m.state)).toEqual(expect.arrayContaining(['ARE', 'BHR', 'MAR', 'KAZ']));
    const kaz = late.body.members.find((m: { state: string }) => m.state === 'KAZ');
    expect(kaz.sources[0]).toMatchObject({ doc: '2025-11-07-kazakhstan-announced.txt' });
  });

  it('refuses a bad date with a 400 naming the parameter', async () => {
    for (const bad of ['yesterday', '2021-02-30', '2021-1-01']) {
      const r = await call(app, `/api/v1/agreements/Abraham%20Accords/members?asOf=${bad}`);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/asOf/);
      expect(r.body.issues[0].path).toBe('asOf');
    }
  });

  it('answers 404 for what nothing on record speaks of', async () => {
    for (const path of ['/api/v1/agreements/Treaty%20of%20Nowhere/members', '/api/v1/entities/Atlantis', '/api/v1/entities/Atlantis/timeline', '/api/v1/documents/nope', '/api/v1/nothing-here']) {
      const r = await call(app, path);
      expect(r.status, path).toBe(404);
      expect(typeof r.body.error).toBe('string');
    }
  });

  it('lists entities and pages an entity\'s timeline, each event with its source sentence', async () => {
    const list = await call(app, '/api/v1/entities?q=kazakh&kind=state');
    expect(list.body.entities.map((e: { id: string }) => e.id)).toContain('KAZ');
    const info = await call(app, '/api/v1/entities/Kazakhstan?asOf=2025-12-01');
    expect(info.body).toMatchObject({ id: 'KAZ', kind: 'state', memberships: [{ agreement: 'agreement:abraham-accords', status: 'announced' }] });
    const all = await call(app, '/api/v1/entities/KAZ/timeline?asOf=2025-12-01&limit=200');
    const page = await call(app, '/api/v1/entities/KAZ/timeline?asOf=2025-12-01&limit=2&offset=1');
    expect(all.body.total).toBe(all.body.events.length);
    expect(page.body.total).toBe(all.body.total);
    expect(page.body.events).toEqual(all.body.events.slice(1, 3));
    const docs = new Map<string, string>();
    for (const ev of all.body.events) {
      if (!docs.has(ev.doc)) docs.set(ev.doc, (await call(app, `/api/v1/documents/${encodeURIComponent(ev.doc)}`)).body.doc.text);
      expect(docs.get(ev.doc)!.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text);
    }
    expect((await call(app, '/api/v1/entities/KAZ/timeline?limit=0')).status).toBe(400);
    expect((await call(app, '/api/v1/entities/KAZ/timeline?limit=1000')).status).toBe(400);
  });

  it('gives claims with history, predictions with outcomes, and each predictor\'s record', async () => {
    const claims = await call(app, '/api/v1/claims?entity=KAZ&asOf=2025-12-01');
    expect(claims.status).toBe(200);
    expect(claims.body.claims.length).toBeGreaterThan(0);
    expect(claims.body.claims[0].history[0]).toHaveProperty('evidence');
    const one = await call(app, '/api/v1/claims?entity=KAZ&asOf=2025-12-01&limit=1&offset=1');
    expect(one.body.total).toBe(claims.body.total);
    expect(one.body.claims).toEqual(claims.body.claims.slice(1, 2));
    const preds = await call(app, '/api/v1/predictions?asOf=2025-12-01');
    expect(preds.body.predictions.length).toBeGreaterThan(0);
    for (const p of preds.body.predictions) expect(['pending', 'fulfilled', 'failed']).toContain(p.outcome);
    const rec = await call(app, '/api/v1/predictors?asOf=2025-12-01');
    const total = rec.body.predictors.reduce((n: number, r: { fulfilled: number; failed: number; pending: number }) => n + r.fulfilled + r.failed + r.pending, 0);
    expect(total).toBe(preds.body.predictions.length);
    expect(rec.body.predictors[0].name).not.toMatch(/^person:/);
  });

  it('returns a document with its extraction, every span pointing at its text', async () => {
    const list = await call(app, '/api/v1/documents?limit=2');
    expect(list.body.total).toBe(5);
    expect(list.body.documents).toHaveLength(2);
    expect(list.body.documents[0].date >= list.body.documents[1].date).toBe(true);
    const x = (await call(app, '/api/v1/documents/2025-11-07-kazakhstan-announced.txt')).body;
    const text: string = x.doc.text;
    const spans = [...x.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), ...x.times, ...x.quotes, ...x.events.map((e: { evidence: unknown }) => e.evidence),
      ...x.predictions.map((p: { evidence: unknown }) => p.evidence)] as { start: number; end: number; text: string }[];
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(x.entities.map((e: { id: string }) => e.id)).toContain('KAZ');
    expect(x).not.toHaveProperty('doc.origin');
  });

  it('searches full text: ranked hits with marked excerpts; operators and junk are plain words, never errors', async () => {
    const r = await call(app, '/api/v1/search?q=Kazakhstan%20Abraham');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    for (const hit of r.body.hits) {
      expect(hit.snippet.marks.length).toBeGreaterThan(0);
      for (const m of hit.snippet.marks) expect(hit.snippet.text.slice(m.start, m.end).toLowerCase()).toMatch(/kazakhstan|abraham/);
    }
    const phrase = await call(app, '/api/v1/search?q=%22White%20House%22');
    expect(phrase.body.total).toBeGreaterThan(0);
    for (const hit of phrase.body.hits) expect(hit.snippet.text).toMatch(/White House/i);
    expect((await call(app, '/api/v1/search?q=Moroc*')).body.total).toBeGreaterThan(0);
    for (const junk of ['"unbalanced', 'NEAR(a b', 'a AND OR NOT', '*', '^col:x', ')))']) {
      const j = await call(app, `/api/v1/search?q=${encodeURIComponent(junk)}`);
      expect(j.status, junk).toBe(200);
    }
    expect((await call(app, '/api/v1/search?q=')).status).toBe(400);
  });
});
