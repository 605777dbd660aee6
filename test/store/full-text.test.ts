import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractionOut } from '../../src/core/contract.js';
import { makeDocument } from '../../src/core/document.js';
import { searchDocuments } from '../../src/services/documents/search.js';
import { storeDocument } from '../../src/store/document-writer.js';
import { BACKENDS, freshKb } from '../kb/backends.js';

const DOCS: [id: string, date: string, title: string | null, text: string][] = [
  ['uae', '2020-08-13', 'Israel and UAE to normalize relations', 'The United Arab Emirates and Israel agreed to establish full diplomatic relations, the White House said.'],
  ['signing', '2020-09-15', null, 'Israel, the UAE and Bahrain signed the Abraham Accords at the White House on Tuesday.'],
  ['kazakh', '2025-11-06', 'Kazakhstan expected to join', 'Kazakhstan is expected to join the Abraham Accords, officials said, in a move Washington welcomed.'],
  ['cocoa', '1987-02-26', 'Bahia cocoa review', 'Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.'],
];

const empty = (id: string, date: string): ExtractionOut => ({ doc: { id, date, title: null }, entities: [], times: [], quotes: [], events: [], predictions: [] });

// [query, expected ids in rank order (the same on every backend: only what both rank alike)]
const CASES: [string, string[]][] = [
  ['sign', ['signing']],
  ['"abraham accords"', ['kazakh', 'signing']],
  ['kazakh*', ['kazakh']],
  ['cocoa drought', ['cocoa']],
  ['"accords abraham"', []],
  ['normalize', ['uae']],
  ['relations white', ['uae']],
];

for (const backend of BACKENDS) {
  describe(`full-text search on ${backend.name}`, () => {
    let kb: Awaited<ReturnType<typeof freshKb>>;
    beforeEach(async () => {
      kb = await freshKb(backend);
      for (const [id, date, title, text] of DOCS) await storeDocument(kb.db, makeDocument({ id, date, title, text, origin: `${id}.txt`, format: 'text' }), empty(id, date));
    });
    afterEach(async () => kb.close());

    it.each(CASES)('%s', async (query, ids) => {
      const r = await searchDocuments(kb, query, { limit: 10, offset: 0 });
      expect([...r.hits.map((h) => h.id)].sort()).toEqual([...ids].sort());
      expect(r.total).toBe(ids.length);
    });

    it('puts a title match first and marks the matched words in the snippet', async () => {
      const r = await searchDocuments(kb, 'kazakhstan', { limit: 10, offset: 0 });
      expect(r.hits.map((h) => h.id)).toEqual(['kazakh']);
      const { text, marks } = r.hits[0].snippet;
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.map((m) => text.slice(m.start, m.end))).toContain('Kazakhstan');
    });

    it('pages through the hits', async () => {
      const all = await searchDocuments(kb, 'israel', { limit: 10, offset: 0 });
      expect(all.total).toBe(2);
      const second = await searchDocuments(kb, 'israel', { limit: 1, offset: 1 });
      expect(second.total).toBe(2);
      expect(second.hits.map((h) => h.id)).toEqual([all.hits[1].id]);
    });

    it('reads operators and quotes in user text as words, never as syntax', async () => {
      for (const q of ['" OR 1=1 --', "'; drop table documents; --", 'NEAR(a b) AND * ^ :', 'accords" -', '\\ " \'"']) {
        await expect(searchDocuments(kb, q, { limit: 5, offset: 0 })).resolves.toBeDefined();
      }
      expect((await searchDocuments(kb, 'accords" -', { limit: 5, offset: 0 })).total).toBe(2);
    });
  });
}
