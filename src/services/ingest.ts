import type { Kysely } from 'kysely';
import type { SourceDocument } from '../core/document.js';
import type { InputItem } from '../readers/inputs.js';
import { documentsPerTransaction } from '../store/dialect/batch-size.js';
import type { ExtractionRows } from '../store/document-rows.js';
import { contentHash } from '../store/document-writer.js';
import type { DB } from '../store/schema.js';
import { storeDocuments, type DocumentToStore } from '../store/store-batch.js';
import type { PoolResult } from './parallel/extract-pool.js';
import { prepareRows, type ExtractsDocuments } from './prepare-document.js';

export { prepareDocument, type ExtractsDocuments, type PreparedDocument } from './prepare-document.js';

/**
 * The `accords ingest` summary (CONTRACT.md §2).
 *
 * @example { stored: 11, duplicates: 1, rejected: [{ input: 'notes.txt', error: 'no usable date' }] }
 */
export interface IngestSummary {
  stored: number;
  duplicates: number;
  rejected: { input: string; error: string }[];
  /** Additive: what a reader noted about an input it still read (a Latin-1 fallback, a flattened page). */
  warnings?: { input: string; warning: string }[];
}

/**
 * How ingestion spreads its work (all optional).
 *
 * @example { prepareBatch: (docs) => pool.prepareBatch(docs) }
 */
export interface IngestOptions {
  /** Extracts documents elsewhere (the extraction pool), answering the JSON of each one's rows (ExtractionRows); without it, in this thread. */
  readonly prepareBatch?: (docs: readonly SourceDocument[]) => Promise<readonly PoolResult[]>;
  /** Documents read ahead and put in date order together (default 2,000, and at most 32 MB of text). */
  readonly chunkDocs?: number;
  /** Documents sent to be extracted together (default 32). */
  readonly batchDocs?: number;
  /** Documents stored together, in one transaction (default by backend: documentsPerTransaction). */
  readonly transactionDocs?: number;
  /** Batches being extracted while earlier ones are stored (default 6). */
  readonly inFlight?: number;
}

const CHUNK_CHARS = 32 << 20;

/**
 * Ingests documents: each is extracted and stored with its claims. Input is read as a stream, a
 * chunk of documents at a time, and each chunk goes in date order, so that stored histories mostly
 * read oldest first with memory bounded whatever the input size; answers never depend on that
 * order (they are derived from dated history). A text already stored counts as a duplicate; an
 * input that cannot be read or extracted is rejected and the batch goes on. A database failure
 * is thrown.
 *
 * Documents are stored up to `transactionDocs` at a time (by default as many as suit the backend),
 * in one transaction: every document is whole or absent (a crash rolls back at most the documents in hand, and a rerun stores what is
 * missing, the rest being duplicates).
 *
 * `extractor` extracts in this thread; it may be null when `opts.prepareBatch` extracts elsewhere.
 *
 * @example await ingest(db, readInputs(['news/']), createExtractor())
 */
export async function ingest(db: Kysely<DB>, inputs: AsyncIterable<InputItem>, extractor: ExtractsDocuments | null,
  onDocument?: (doc: SourceDocument, result: 'stored' | 'duplicate' | 'rejected') => void, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, rejected: [] };
  const unreadable: IngestSummary['rejected'] = [];
  const chunkDocs = opts.chunkDocs ?? 2000;
  let chunk: SourceDocument[] = [];
  let chars = 0;
  for await (const item of inputs) {
    if (item.kind === 'rejected') { unreadable.push({ input: item.input, error: item.error }); continue; }
    for (const warning of item.doc.warnings) (summary.warnings ??= []).push({ input: item.doc.origin, warning });
    chunk.push(item.doc);
    chars += item.doc.text.length;
    if (chunk.length >= chunkDocs || chars >= CHUNK_CHARS) {
      await ingestChunk(db, chunk, extractor, summary, onDocument, opts);
      chunk = [];
      chars = 0;
    }
  }
  await ingestChunk(db, chunk, extractor, summary, onDocument, opts);
  // Inputs that could not be read come first, as they always have.
  summary.rejected = [...unreadable, ...summary.rejected];
  return summary;
}

type Outcome = { doc: SourceDocument; hash: string; result: 'stored' | 'duplicate' | 'rejected'; error?: string };

async function ingestChunk(db: Kysely<DB>, docs: SourceDocument[], extractor: ExtractsDocuments | null, summary: IngestSummary,
  onDocument: ((doc: SourceDocument, result: 'stored' | 'duplicate' | 'rejected') => void) | undefined, opts: IngestOptions): Promise<void> {
  if (!docs.length) return;
  docs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  const hashes = docs.map((d) => contentHash(d.text));
  const known = await storedHashes(db, hashes);
  const size = opts.batchDocs ?? 32;
  const transactionDocs = opts.transactionDocs ?? documentsPerTransaction(db);
  if (!opts.prepareBatch && !extractor) throw new Error('ingest needs an extractor or opts.prepareBatch');
  const prepare = opts.prepareBatch ?? (async (batch: readonly SourceDocument[]) => batch.map((d) => {
    const p = prepareRows(d, extractor!);
    return p.ok ? { rows: p.rows } : { error: p.error };
  }));
  const inFlight: { from: number; to: number; results: Promise<readonly (PoolResult | { rows: ExtractionRows })[]> }[] = [];
  let outcomes: Outcome[] = [];
  let toStore: DocumentToStore[] = [];
  const commit = async () => {
    const stored = await storeDocuments(db, toStore);
    let s = 0;
    for (const o of outcomes) {
      if (o.result === 'stored') o.result = stored[s++]!.kind;
      if (o.result === 'stored') summary.stored++;
      else if (o.result === 'duplicate') summary.duplicates++;
      else summary.rejected.push({ input: o.doc.origin, error: o.error! });
      onDocument?.(o.doc, o.result);
    }
    outcomes = [];
    toStore = [];
  };
  const store = async (batch: (typeof inFlight)[number]) => {
    const results = await batch.results;
    let k = 0;
    for (let i = batch.from; i < batch.to; i++) {
      const doc = docs[i]!, hash = hashes[i]!;
      if (known.has(hash)) { outcomes.push({ doc, hash, result: 'duplicate' }); continue; }
      const r = results[k++]!;
      if ('error' in r) { outcomes.push({ doc, hash, result: 'rejected', error: r.error }); continue; }
      toStore.push({ doc, hash, rows: 'rows' in r ? r.rows : (JSON.parse(r.json) as ExtractionRows) });
      outcomes.push({ doc, hash, result: 'stored' });
    }
    if (toStore.length >= transactionDocs) await commit();
  };
  for (let from = 0; from < docs.length; from += size) {
    const to = Math.min(docs.length, from + size);
    const todo = docs.slice(from, to).filter((_, k) => !known.has(hashes[from + k]!));
    const results = todo.length ? prepare(todo) : Promise.resolve([]);
    // A batch may fail before its turn to be stored (its worker died): it is heard then, in
    // order, and the first error is the one reported; until then it is no unhandled rejection.
    results.catch(() => {});
    inFlight.push({ from, to, results });
    while (inFlight.length >= (opts.inFlight ?? 6)) await store(inFlight.shift()!);
  }
  while (inFlight.length) await store(inFlight.shift()!);
  await commit();
}

/** Which of these text hashes are stored already. */
async function storedHashes(db: Kysely<DB>, hashes: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.selectFrom('documents').select('content_hash').where('content_hash', 'in', hashes.slice(i, i + 500)).execute();
    for (const r of rows) known.add(r.content_hash);
  }
  return known;
}
