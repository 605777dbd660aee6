import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import type { EventFrame } from '../kb/claims/event-frames.js';
import { claimIdOf, propositionsOf, summarize } from '../kb/claims/proposition.js';
import { sentenceCounterparties } from '../kb/claims/sentence-twin.js';
import { effectiveDate } from '../kb/dates.js';
import { ROW_COLUMNS, type Row, type RowTable } from './row-columns.js';

// Row building only, no storage code: extraction processes build the rows they send.

/**
 * Every row a stored document adds, table by table, in the order they are inserted (a table's
 * rows after those they refer to). Each row is its values in ROW_COLUMNS order.
 *
 * @example const rows = documentRows('d1', hash, doc, extraction, frames, new Date()); await insertRows(trx, rows);
 */
export type DocumentRows = { [T in RowTable]: Row<T>[] };

/** The rows an extraction adds besides the document's own: what an extraction process can build. */
export type ExtractionRows = Omit<DocumentRows, 'documents'>;

export const TABLES = Object.keys(ROW_COLUMNS) as RowTable[];

/** Every table with no rows yet, in TABLES order. */
export function emptyRows(): DocumentRows {
  return { documents: [], ...emptyExtractionRows() };
}

function emptyExtractionRows(): ExtractionRows {
  return Object.fromEntries(TABLES.filter((t) => t !== 'documents').map((t) => [t, []])) as unknown as ExtractionRows;
}

/** Appends one document's rows to `into` (several documents can share one insert per table). */
export function appendRows(into: DocumentRows, rows: Partial<DocumentRows>): DocumentRows {
  for (const t of TABLES) {
    const from = rows[t], to = into[t] as unknown[];
    if (from) for (let i = 0; i < from.length; i++) to.push(from[i]);
  }
  return into;
}

/** The rows of one document stored under `id`. */
export function documentRows(id: string, hash: string, doc: SourceDocument, x: ExtractionOut,
  frames: readonly (EventFrame | null)[], now: Date): DocumentRows {
  return { documents: [documentRow(id, hash, doc, now)], ...extractionRows(id, doc.date, x, frames) };
}

/** The document's own row. */
export function documentRow(id: string, hash: string, doc: SourceDocument, now: Date): Row<'documents'> {
  return [id, hash, doc.date, doc.title, doc.origin, doc.url, doc.format, doc.text, now.toISOString()];
}

/** The rows an extraction of a document dated `docDate` adds when the document is stored under `id`. */
export function extractionRows(id: string, docDate: string, x: ExtractionOut, frames: readonly (EventFrame | null)[]): ExtractionRows {
  const rows = emptyExtractionRows();
  for (const e of x.entities) {
    rows.entities.push([e.id, e.kind, e.name, e.state, e.role, 'news']);
    for (const m of e.mentions) rows.mentions.push([id, e.id, m.start, m.end, m.text]);
  }
  x.times.forEach((t, idx) => rows.times.push([id, idx, t.start, t.end, t.text, t.type, t.value]));
  x.quotes.forEach((q, idx) => rows.quotes.push([id, idx, q.start, q.end, q.text, q.speaker, q.speakerText, q.speakerStart, q.speakerEnd]));
  eventRows(rows, id, docDate, x, frames);
  return rows;
}

function eventRows(rows: ExtractionRows, id: string, docDate: string, x: ExtractionOut, frames: readonly (EventFrame | null)[]): void {
  const predicted = new Set(x.predictions.map((p) => p.event));
  const eventId = (i: number) => `${id}#e${i}`;
  const claimOfEvent = new Map<number, string>();
  // Claims read a signing with the counterparty its sentence names; the event itself is kept as extracted.
  const twins = x.events.map((o) => ({ ...o, sentenceKey: String(o.evidence.start) }));
  x.events.forEach((e, i) => {
    const date = effectiveDate(e.status, e.time?.value ?? null, docDate);
    const frame = frames[i];
    rows.events.push([eventId(i), id, i, e.type, e.mode, e.agreement, e.status, e.time?.value ?? null, e.time?.text ?? null, date,
      predicted.has(i) ? 1 : 0, e.evidence.start, e.evidence.end, e.evidence.text, e.cameo,
      frame?.cue ?? null, frame?.text ?? null, frame?.speaker ?? null]);
    e.source.forEach((p, position) => rows.event_participants.push([eventId(i), 'source', position, p.entity, p.state]));
    e.target.forEach((p, position) => rows.event_participants.push([eventId(i), 'target', position, p.entity, p.state]));
    e.attribution.forEach((a, position) => rows.event_attributions.push([eventId(i), position, a.entity, a.text]));
    const extra = sentenceCounterparties(twins[i]!, twins);
    for (const p of propositionsOf(extra.length ? { ...e, target: extra } : e)) {
      const claimId = claimIdOf(p);
      if (!claimOfEvent.has(i)) claimOfEvent.set(i, claimId);
      rows.claims.push([claimId, p.subject, p.predicate, p.object, summarize(p)]);
      rows.claim_reports.push([`${eventId(i)}|${claimId}`, claimId, eventId(i), id, docDate, date, e.status]);
    }
  });
  x.predictions.filter((p) => claimOfEvent.has(p.event)).forEach((p, idx) => rows.predictions.push([
    `${id}#p${idx}`, id, idx, eventId(p.event), claimOfEvent.get(p.event)!, p.predictor, p.madeOn, p.deadline,
    p.evidence.start, p.evidence.end, p.evidence.text,
  ]));
}

/** The columns whose values are made from the document's id: the id itself, or the id, `#` and more. */
const ID_COLUMNS: { readonly [T in keyof ExtractionRows]: readonly number[] } = {
  entities: [], claims: [],
  mentions: [0], times: [0], quotes: [0], events: [0, 1], event_participants: [0], event_attributions: [0],
  claim_reports: [0, 2, 3], predictions: [0, 1, 3],
};

/**
 * The rows extractionRows built for the id `from`, as if built for `to` (the id a document gets
 * when the one it asked for is taken). The rows given are left as they are.
 *
 * @example rebaseRows(extractionRows('d1', date, x, frames), 'd1', 'd1~0a1b2c3d') // extractionRows('d1~0a1b2c3d', date, x, frames)
 */
export function rebaseRows(rows: ExtractionRows, from: string, to: string): ExtractionRows {
  const prefix = `${from}#`;
  const rebase = (v: unknown) => (v === from ? to : typeof v === 'string' && v.startsWith(prefix) ? to + v.slice(from.length) : v);
  const out = {} as Record<string, unknown[][]>;
  for (const t of Object.keys(ID_COLUMNS) as (keyof ExtractionRows)[]) {
    const columns = ID_COLUMNS[t];
    out[t] = (rows[t] as unknown[][]).map((r) => {
      const copy = [...r];
      for (const c of columns) copy[c] = rebase(copy[c]);
      return copy;
    });
  }
  return out as unknown as ExtractionRows;
}
