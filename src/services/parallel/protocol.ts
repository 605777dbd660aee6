import type { SourceDocument } from '../../core/document.js';

/**
 * Work for an extraction thread:
 * - `extract`: documents, each answered by its contract JSON (or an error line);
 * - `prepare`: documents to ingest, each answered by the JSON of the rows it adds under its own id
 *   (ExtractionRows: arrays of column values, table by table), or an error;
 * - `jsonl`: raw `extract --jsonl` input lines as UTF-8 bytes, answered by the output text itself
 *   (one result or `{id,error}` line per non-blank input line), as UTF-8 bytes.
 *
 * @example { batch: 3, task: 'jsonl', bytes, ends: [120, 250], firstLine: 41, date: undefined }
 */
export type WorkRequest =
  | { readonly batch: number; readonly task: 'extract' | 'prepare'; readonly docs: readonly SourceDocument[] }
  | {
    readonly batch: number; readonly task: 'jsonl';
    /** The lines one after the other, without their line ends. */
    readonly bytes: Uint8Array;
    /** Where each line ends in `bytes` (exclusive). */
    readonly ends: readonly number[];
    /** Input line number of the first line (1-based). */
    readonly firstLine: number;
    readonly date?: string;
  };

/** One result per document of a batch, in order: the JSON text, or an error line. */
export type DocResult = { readonly json: string } | { readonly error: string };

/**
 * A thread's answer: per-document results, or for `jsonl` the output bytes and counts.
 *
 * @example { batch: 3, output: bytes, ok: 15, failed: 1 }
 */
export type WorkResponse =
  | { readonly batch: number; readonly results: readonly DocResult[] }
  | { readonly batch: number; readonly output: Uint8Array; readonly ok: number; readonly failed: number };
