import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/core/document.js';
import type { InputItem } from '../../src/readers/inputs.js';
import { ingest } from '../../src/services/ingest.js';
import { storeDocument } from '../../src/store/document-writer.js';
import type { DB } from '../../src/store/schema.js';
import { extractionRows, type ExtractionRows } from '../../src/store/document-rows.js';
import { storeDocuments } from '../../src/store/store-batch.js';
import { BACKENDS, freshKb } from '../kb/backends.js';
import { fixtureExtractor, type Fixture } from '../kb/fixtures/build.js';
import { STORY } from '../kb/fixtures/kazakhstan-story.js';

const TABLES = ['documents', 'entities', 'mentions', 'times', 'quotes', 'events', 'event_participants', 'event_attributions', 'claims', 'claim_reports', 'predictions'] as const;

/** Every stored row, table by table, in a fixed order (the ingestion time left out). */
async function contents(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) {
    const rows = await (db as Kysely<any>).selectFrom(t).selectAll().execute();
    out[t] = rows.map(({ ingested_at: _, ...r }) => JSON.stringify(r, Object.keys(r).sort())).sort();
  }
  return out;
}

// A document whose text repeats another's, and one whose id another text already has.
const copy = (f: Fixture, id: string, text = f.doc.text): Fixture => ({
  doc: makeDocument({ id, date: f.doc.date, text, origin: `${id}.txt`, format: 'text' }), extraction: f.extraction,
});
const BATCH: Fixture[] = [STORY[0]!, copy(STORY[0]!, 'same-text'), copy(STORY[1]!, STORY[0]!.doc.id, STORY[1]!.doc.text + ' More.'), ...STORY.slice(1)];

async function* items(fixtures: readonly Fixture[]): AsyncGenerator<InputItem> {
  for (const f of fixtures) yield { kind: 'document', doc: f.doc };
}

for (const backend of BACKENDS) {
  describe(`several documents in one transaction (${backend.name})`, () => {
    let one: Awaited<ReturnType<typeof freshKb>>, many: Awaited<ReturnType<typeof freshKb>>;
    beforeEach(async () => { [one, many] = await Promise.all([freshKb(backend), freshKb(backend)]); });
    afterEach(async () => { await Promise.all([one.close(), many.close()]); });

    it('stores exactly what storing them one after the other stores: duplicates, taken ids and all', async () => {
      const now = new Date('2025-11-08T00:00:00Z');
      const singly = [];
      for (const f of BATCH) singly.push(await storeDocument(one.db, f.doc, f.extraction, [], now));
      const batched = await storeDocuments(many.db, BATCH.map((f) => ({ doc: f.doc, extraction: f.extraction, frames: [] })), now);
      expect(batched).toEqual(singly);
      expect(batched.map((r) => r.kind)).toEqual(['stored', 'duplicate', 'stored', 'stored', 'stored', 'stored']);
      expect(batched[2]!.id).toMatch(new RegExp(`^${STORY[0]!.doc.id}~[0-9a-f]{8}$`));
      expect(await contents(many.db)).toEqual(await contents(one.db));
    });

    it('rows built where the text was extracted store what its extraction stores, taken ids and all', async () => {
      const now = new Date('2025-11-08T00:00:00Z');
      const frames = [{ cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }];
      const fromExtractions = await storeDocuments(one.db, BATCH.map((f) => ({ doc: f.doc, extraction: f.extraction, frames })), now);
      const fromRows = await storeDocuments(many.db, BATCH.map((f) => ({
        doc: f.doc, rows: JSON.parse(JSON.stringify(extractionRows(f.doc.id, f.doc.date, f.extraction, frames))) as ExtractionRows,
      })), now);
      expect(fromRows).toEqual(fromExtractions);
      expect(fromRows[2]!.id).not.toBe(BATCH[2]!.doc.id);
      expect(await contents(many.db)).toEqual(await contents(one.db));
    });

    it('a batch again changes nothing: every document is a duplicate', async () => {
      const docs = BATCH.map((f) => ({ doc: f.doc, extraction: f.extraction, frames: [] }));
      await storeDocuments(many.db, docs);
      const before = await contents(many.db);
      expect((await storeDocuments(many.db, docs)).map((r) => r.kind)).toEqual(BATCH.map(() => 'duplicate'));
      expect(await contents(many.db)).toEqual(before);
    });

    it('ingest in small chunks and batches stores what one chunk stores', async () => {
      const extractor = fixtureExtractor(STORY);
      const a = await ingest(one.db, items(STORY), extractor);
      const b = await ingest(many.db, items([...STORY].reverse()), extractor, undefined, { chunkDocs: 3, batchDocs: 1, transactionDocs: 2, inFlight: 2 });
      expect(b).toEqual(a);
      expect(await contents(many.db)).toEqual(await contents(one.db));
    });
  });
}
