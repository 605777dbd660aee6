import { describe, expect, it } from 'vitest';
import { documentRows, emptyRows, extractionRows, rebaseRows, TABLES } from '../../src/store/document-rows.js';
import { ROW_COLUMNS } from '../../src/store/row-columns.js';
import { STORY } from '../kb/fixtures/kazakhstan-story.js';

const frames = [{ cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }, null];

describe('document rows', () => {
  it('every row has one value per column of its table', () => {
    for (const f of STORY) {
      const rows = documentRows(f.doc.id, 'h', f.doc, f.extraction, frames, new Date(0));
      for (const t of TABLES) for (const r of rows[t]) expect(r).toHaveLength(ROW_COLUMNS[t].length);
    }
  });

  it('empty rows and an extraction\'s rows have every table, in insertion order, each new', () => {
    const empty = emptyRows();
    expect(Object.keys(empty)).toEqual(TABLES);
    expect(Object.values(empty).every((r) => Array.isArray(r) && r.length === 0)).toBe(true);
    expect(emptyRows().entities).not.toBe(empty.entities);
    const f = STORY[0]!;
    expect(Object.keys(extractionRows('d1', f.doc.date, f.extraction, frames))).toEqual(TABLES.filter((t) => t !== 'documents'));
    const none = extractionRows('d1', f.doc.date, { ...f.extraction, entities: [], times: [], quotes: [], events: [], predictions: [] }, []);
    expect(Object.values(none).every((r) => r.length === 0)).toBe(true);
    expect(Object.keys(documentRows('d1', 'h', f.doc, f.extraction, frames, new Date(0)))).toEqual(TABLES);
  });

  it('values sit under their column', () => {
    const f = STORY[0]!;
    const rows = documentRows('d1', 'h', f.doc, f.extraction, frames, new Date(0));
    const named = <T extends keyof typeof ROW_COLUMNS>(t: T, r: readonly unknown[]) => Object.fromEntries(ROW_COLUMNS[t].map((c, i) => [c, r[i]]));
    expect(named('documents', rows.documents[0]!)).toEqual({
      id: 'd1', content_hash: 'h', date: '2025-11-06', title: null, origin: 'd1-expected.txt', url: null, format: 'text',
      text: f.doc.text, ingested_at: '1970-01-01T00:00:00.000Z',
    });
    expect(named('events', rows.events[0]!)).toMatchObject({
      id: 'd1#e0', doc_id: 'd1', idx: 0, mode: 'join', agreement: 'agreement:abraham-accords', status: 'expected',
      evidence_start: 0, report_cue: 'announce', report_cue_text: 'announced', report_speaker: 'person:donald-trump',
    });
    expect(named('events', rows.events[1]!)).toMatchObject({ id: 'd1#e1', report_cue: null, report_cue_text: null, report_speaker: null });
  });

  // id, the id rows are built for, and the id the document is stored under instead.
  const CASES: [string, string, string][] = [
    ['plain id', 'd1', 'd1~0a1b2c3d'],
    ['id with a hash sign in it', 'a#e1', 'a#e1~ffff0000'],
    ['id that prefixes an entity id', 'KAZ', 'KAZ~12345678'],
  ];
  for (const [name, from, to] of CASES) {
    it(`rebased rows are the rows built for the new id: ${name}`, () => {
      for (const f of STORY) {
        const built = extractionRows(from, f.doc.date, f.extraction, frames);
        const copy = structuredClone(built);
        expect(rebaseRows(built, from, to)).toEqual(extractionRows(to, f.doc.date, f.extraction, frames));
        expect(built).toEqual(copy);
      }
    });
  }

  it('rebasing leaves entities and claims, shared between documents, as they are', () => {
    const f = STORY[0]!;
    const built = extractionRows('KAZ', f.doc.date, f.extraction, frames);
    const rebased = rebaseRows(built, 'KAZ', 'other');
    expect(rebased.entities).toEqual(built.entities);
    expect(rebased.claims).toEqual(built.claims);
    expect(rebased.entities.some((r) => r[0] === 'KAZ')).toBe(true);
  });
});
