import { availableParallelism } from 'node:os';
import type { SourceDocument } from '../../core/document.js';
import { createProcessPool } from './process-pool.js';
import type { DocResult, WorkRequest, WorkResponse } from './protocol.js';
import { createThreadPool } from './thread-pool.js';

export type PoolResult = DocResult;

/** What a request is before the pool numbers it. */
export type Work = WorkRequest extends infer R ? (R extends WorkRequest ? Omit<R, 'batch'> : never) : never;

/**
 * Extraction on every core: work goes out in batches (to the least loaded process or thread) and
 * comes back as JSON text, or as output bytes for raw JSONL lines.
 *
 * @example
 * const pool = createExtractionPool();
 * const [r] = await pool.extractBatch([doc]);
 * await pool.close();
 */
export interface ExtractionPool {
  readonly threads: number;
  /** Contract JSON of each document. */
  extractBatch(docs: readonly SourceDocument[]): Promise<readonly PoolResult[]>;
  /** JSON of the rows each document adds (ExtractionRows), for ingestion. */
  prepareBatch(docs: readonly SourceDocument[]): Promise<readonly PoolResult[]>;
  /** Any request; the bytes of a `jsonl` request may be transferred (not to be used after). */
  run(work: Work): Promise<WorkResponse>;
  close(): Promise<void>;
}

/** Where extraction runs: child processes (the default, faster) or worker threads of this process. */
export type PoolKind = 'processes' | 'threads';

export function createExtractionPool(threads = availableParallelism(), kind: PoolKind = 'processes'): ExtractionPool {
  const n = Math.max(1, threads);
  return kind === 'processes' ? createProcessPool(n) : createThreadPool(n);
}
