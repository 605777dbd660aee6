import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/readers/inputs.js';
import { ingest } from '../../src/services/ingest.js';
import { claims } from '../../src/services/queries/claims.js';
import { members } from '../../src/services/queries/members.js';
import { predictions } from '../../src/services/queries/predictions.js';
import { timeline } from '../../src/services/queries/timeline.js';
import { storeDocument } from '../../src/store/document-writer.js';
import { initializeKnowledgeBase } from '../../src/store/reference/initialize.js';
import { readReferenceData } from '../../src/store/reference/reference-data.js';
import { BACKENDS, freshKb } from './backends.js';
import { article, fixtureExtractor, type Fixture } from './fixtures/build.js';
import { AA, BOP, STORY } from './fixtures/kazakhstan-story.js';

async function* items(fixtures: readonly Fixture[]): AsyncGenerator<InputItem> {
  for (const f of fixtures) yield { kind: 'document', doc: f.doc };
}

for (const backend of BACKENDS) {
  describe(`knowledge base on ${backend.name}`, () => {
    let kb: Awaited<ReturnType<typeof freshKb>>;
    beforeEach(async () => {
      kb = await freshKb(backend);
      await initializeKnowledgeBase(kb.db, kb.catalog, null);
    });
    afterEach(async () => kb.close());
    const load = (fx: readonly Fixture[] = STORY) => ingest(kb.db, items(fx), fixtureExtractor(STORY));
    const statuses = async (agreement: string, asOf: string) =>
      Object.fromEntries((await members(kb, agreement, asOf)).map((m) => [m.state, `${m.status} ${m.since}`]));

    it('moves a state from expected to announced, dated and sourced', async () => {
      expect(await load()).toEqual({ stored: 4, duplicates: 0, rejected: [] });
      expect(await statuses('Abraham Accords', '2025-11-05')).toEqual({});
      expect(await statuses('Abraham Accords', '2025-11-06')).toEqual({ KAZ: 'expected 2025-11-06' });
      expect(await statuses('Abraham Accords', '2025-12-01')).toEqual({ KAZ: 'announced 2025-11-07' });
      const [kaz] = await members(kb, AA, '2025-12-01');
      expect(kaz.sources).toEqual([{ doc: 'd2-confirmed', start: 0, end: 41 }]);
      expect(kaz.name).toBe('Kazakhstan');
    });

    it('keeps another body\'s charter out of the accords', async () => {
      await load();
      expect(await statuses('Board of Peace', '2025-12-01')).toEqual({ ISR: 'signed 2025-11-20', KAZ: 'signed 2025-11-20' });
      expect((await statuses(AA, '2025-12-01')).ISR).toBeUndefined();
    });

    it('keeps every report of a claim and derives its status as of a date', async () => {
      await load();
      const all = await claims(kb, { entity: 'KAZ', asOf: '2025-12-01' });
      const join = all.find((c) => c.id === `KAZ|join|${AA}`)!;
      expect(join.history.map((h) => [h.date, h.status, h.doc])).toEqual([['2025-11-06', 'expected', 'd1-expected'], ['2025-11-07', 'occurred', 'd2-confirmed']]);
      expect(join.status).toBe('occurred');
      expect(join.history[0].attribution).toEqual([{ entity: 'USA', text: 'USA' }]);
      expect((await claims(kb, { entity: 'KAZ', asOf: '2025-11-06' })).find((c) => c.id === join.id)!.status).toBe('expected');
      const meet = all.find((c) => c.id === 'KAZ|meet|USA')!;
      expect(meet.status).toBe('contradicted');
      expect(meet.history.map((h) => h.status)).toEqual(['occurred', 'denied']);
      expect((await claims(kb, { entity: 'KAZ', asOf: '2025-11-24' })).find((c) => c.id === meet.id)!.status).toBe('occurred');
    });

    it('resolves a prediction on both sides of its deadline', async () => {
      await load();
      const at = async (asOf: string) => (await predictions(kb, { asOf })).map((p) => [p.predictor, p.event.source, p.outcome]);
      expect(await at('2025-12-01')).toEqual([['person:donald-trump', ['SAU'], 'pending']]);
      expect(await at('2025-12-31')).toEqual([['person:donald-trump', ['SAU'], 'pending']]);
      expect(await at('2026-01-02')).toEqual([['person:donald-trump', ['SAU'], 'failed']]);
      expect(await statuses(AA, '2025-11-06')).not.toHaveProperty('SAU');
    });

    it('counts a forecast restated in one document once, from the day it was reported', async () => {
      const text = 'Trump said Saudi Arabia will join the Abraham Accords by the end of the year. "Saudi Arabia will join the Abraham Accords, maybe by December 31," he said.';
      const restated = article('d5-restated', '2025-11-10', text, [{ id: 'SAU', name: 'Saudi Arabia' }, { id: AA, name: 'Abraham Accords' }], [
        { text: 'Saudi Arabia will join the Abraham Accords by the end of the year', mode: 'join', source: ['SAU'], agreement: AA, status: 'expected' },
        { text: 'Saudi Arabia will join the Abraham Accords, maybe by December 31', mode: 'join', source: ['SAU'], agreement: AA, status: 'possible' },
      ], [{ predictor: 'person:donald-trump', event: 0, deadline: '2025-12-30' }, { predictor: 'person:donald-trump', event: 1, deadline: '2025-12-31' }]);
      await ingest(kb.db, items([restated]), fixtureExtractor([restated]));
      expect(await predictions(kb, { asOf: '2025-11-09' })).toEqual([]);
      expect((await predictions(kb, { asOf: '2025-12-31' })).map((p) => [p.deadline, p.outcome])).toEqual([['2025-12-31', 'pending']]);
    });

    it('takes a joining told as a done announcement as the announced step, in memberships and claims', async () => {
      const text = 'President Trump announced on Thursday that Kazakhstan will join the Abraham Accords.';
      const f = article('d6-announced', '2025-11-07', text, [{ id: 'KAZ', name: 'Kazakhstan' }, { id: AA, name: 'Abraham Accords' }],
        [{ text: 'Kazakhstan will join the Abraham Accords', mode: 'join', source: ['KAZ'], agreement: AA, status: 'expected', time: '2025-11-06' }]);
      await storeDocument(kb.db, f.doc, f.extraction, [{ cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }]);
      expect(await statuses(AA, '2025-11-30')).toEqual({ KAZ: 'announced 2025-11-06' });
      const [c] = await claims(kb, { entity: 'KAZ', asOf: '2025-11-30' });
      expect([c.status, c.history.map((h) => h.status)]).toEqual(['occurred', ['occurred']]);
    });

    it('is idempotent: the same documents again are duplicates and change nothing', async () => {
      await load();
      const before = JSON.stringify([await claims(kb, { asOf: '2026-01-01' }), await members(kb, AA, '2026-01-01')]);
      expect(await load()).toEqual({ stored: 0, duplicates: 4, rejected: [] });
      const renamed = { ...STORY[1], doc: { ...STORY[1].doc, id: 'copy-under-another-name', origin: 'copy.txt' } };
      expect(await load([renamed])).toEqual({ stored: 0, duplicates: 1, rejected: [] });
      expect(JSON.stringify([await claims(kb, { asOf: '2026-01-01' }), await members(kb, AA, '2026-01-01')])).toBe(before);
    });

    it('gives the same answers whatever order documents arrive in', async () => {
      await load([...STORY].reverse());
      const reversed = JSON.stringify([await claims(kb, { asOf: '2026-01-02' }), await statuses(AA, '2025-11-06'),
        await statuses(AA, '2026-01-02'), await predictions(kb, { asOf: '2026-01-02' })]);
      const other = await freshKb(backend);
      await initializeKnowledgeBase(other.db, other.catalog, null);
      await ingest(other.db, items(STORY), fixtureExtractor(STORY));
      const kb2 = kb;
      kb = other;
      const inOrder = JSON.stringify([await claims(kb, { asOf: '2026-01-02' }), await statuses(AA, '2025-11-06'),
        await statuses(AA, '2026-01-02'), await predictions(kb, { asOf: '2026-01-02' })]);
      await kb2.close();
      expect(reversed).toBe(inOrder);
    });

    it('rejects an input it cannot extract and stores the rest', async () => {
      const broken = { extract: (d: Fixture['doc']) => { if (d.id === 'd2-confirmed') throw new Error('boom'); return fixtureExtractor(STORY).extract(d); } };
      const s = await ingest(kb.db, items(STORY), broken);
      expect(s).toEqual({ stored: 3, duplicates: 0, rejected: [{ input: 'd2-confirmed.txt', error: 'boom' }] });
    });

    it('writes nothing of a document whose storage fails half-way', async () => {
      const bad = fixtureExtractor(STORY);
      const broken = { extract: (d: Fixture['doc']) => {
        const x = bad.extract(d);
        return { ...x, events: x.events.map((e) => ({ ...e, evidence: { ...e.evidence, text: null as unknown as string } })) };
      } };
      await expect(ingest(kb.db, items(STORY.slice(0, 1)), broken)).rejects.toThrow();
      const docs = await kb.db.selectFrom('documents').select('id').execute();
      const ents = await kb.db.selectFrom('mentions').select('doc_id').execute();
      expect([docs, ents]).toEqual([[], []]);
    });

    it('lists an entity\'s events in date order', async () => {
      await load([...STORY].reverse());
      const t = await timeline(kb, 'Kazakhstan', '2026-01-01');
      expect(t.events.map((e) => [e.date, e.mode, e.status])).toEqual([
        ['2025-11-06', 'join', 'expected'], ['2025-11-06', 'meet', 'occurred'], ['2025-11-07', 'join', 'occurred'],
        ['2025-11-20', 'sign', 'occurred'], ['2025-11-25', 'meet', 'denied'],
      ]);
      expect(t.events[3].agreement).toBe(BOP);
    });
  });

  describe(`reference data on ${backend.name}`, () => {
    it('loads curated memberships into a new database, each step citing a source', async () => {
      const kb = await freshKb(backend);
      expect(await initializeKnowledgeBase(kb.db, kb.catalog, readReferenceData())).toBe('created');
      expect(await initializeKnowledgeBase(kb.db, kb.catalog, null)).toBe('existing');
      const rows = await members(kb, 'Abraham Accords', '2025-11-05');
      expect(rows.map((m) => [m.state, m.status, m.since])).toEqual([
        ['ARE', 'signed', '2020-09-15'], ['BHR', 'signed', '2020-09-15'], ['ISR', 'signed', '2020-09-15'],
        ['MAR', 'signed', '2020-12-22'], ['SDN', 'signed', '2021-01-06'],
      ]);
      expect(rows.every((m) => m.sources.length > 0 && m.sources.every((s) => /^https?:\/\//.test(s.doc)))).toBe(true);
      expect((await members(kb, 'Abraham Accords', '2020-08-12'))).toEqual([]);
      expect((await members(kb, 'agreement:abraham-accords', '2020-08-13')).map((m) => [m.state, m.status])).toEqual([['ARE', 'announced'], ['ISR', 'announced']]);
      await kb.close();
    });
  });
}
