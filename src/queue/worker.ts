import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import { storeDocument } from '../store/document-writer.js';
import type { DB } from '../store/schema.js';
import { fromJob, type DocumentJob } from './document-job.js';
import type { Extraction } from './extraction.js';
import { jobConnection } from './job-connection.js';
import { QUEUE_NAME, type QueueSettings } from './settings.js';

/** Jobs taken per free slot at a time. */
const PREFETCH = 4;

/**
 * What a worker did before it stopped. `failed` counts attempts that hit an error other than the
 * document's own (the database, a crashed thread): those jobs go back to the queue for a retry.
 *
 * @example { stored: 10, duplicates: 1, rejected: [], failed: 0 }
 */
export interface WorkerSummary {
  stored: number;
  duplicates: number;
  rejected: { input: string; error: string }[];
  failed: number;
}

/**
 * How a worker runs.
 *
 * @example { concurrency: 2, untilEmpty: true, signal: controller.signal, log: (l) => process.stderr.write(l + '\n') }
 */
export interface WorkerOptions {
  /** Jobs in progress at once (each extraction on its own thread when more than one). */
  readonly concurrency: number;
  /** Stop once no job is waiting or in progress anywhere; otherwise wait for more work. */
  readonly untilEmpty: boolean;
  /** Stops taking jobs; those already taken finish. */
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
}

/**
 * Takes queued documents and ingests them: extraction, then one transaction that stores the
 * document and marks its job done together. A worker killed at any point leaves its jobs active
 * and uncommitted; once their time is up (QueueSettings.jobTimeoutSeconds) any worker puts them
 * back in the queue. Many workers on many machines may share one database.
 *
 * @example await runWorker(kb.db, boss, createExtraction(2), queueSettings(), { concurrency: 2, untilEmpty: true })
 */
export async function runWorker(db: Kysely<DB>, boss: PgBoss, extraction: Extraction, settings: QueueSettings, opts: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { stored: 0, duplicates: 0, rejected: [], failed: 0 };
  const log = opts.log ?? (() => {});
  const inFlight = new Set<Promise<void>>();
  const handle = async (job: PgBoss.Job<DocumentJob>) => {
    const origin = String(job.data?.origin ?? job.id);
    try {
      const doc = fromJob(job.data);
      const prepared = await extraction.prepare(doc);
      if (!prepared.ok) {
        // The document's own fault: a retry would fail the same way.
        await boss.complete(QUEUE_NAME, job.id, { rejected: prepared.error });
        summary.rejected.push({ input: origin, error: prepared.error });
        log(`rejected ${origin}: ${prepared.error}`);
        return;
      }
      // Marking the job done commits with the document, so a commit lost in a crash is redone.
      const r = await storeDocument(db, doc, prepared.extraction, prepared.frames, new Date(), {
        within: (trx, result) => boss.complete(QUEUE_NAME, job.id, { ...result }, { db: jobConnection(trx) }),
        lazyCommit: true,
      });
      if (r.kind === 'stored') summary.stored++;
      else summary.duplicates++;
    } catch (err) {
      summary.failed++;
      const msg = err instanceof Error ? err.message : String(err);
      log(`failed ${origin} (to be retried): ${msg}`);
      await boss.fail(QUEUE_NAME, job.id, { error: msg }).catch(() => {});
    }
  };
  const start = (job: PgBoss.Job<DocumentJob>) => {
    const p = handle(job).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  // Jobs are taken a few per slot at a time: one fetch (a round trip and a commit) per several documents.
  const taken: PgBoss.Job<DocumentJob>[] = [];
  let lastExpire = 0;
  while (!opts.signal?.aborted || taken.length) {
    while (inFlight.size < opts.concurrency && taken.length) start(taken.shift()!);
    if (inFlight.size >= opts.concurrency || opts.signal?.aborted) {
      if (inFlight.size) await Promise.race(inFlight);
      continue;
    }
    const jobs = await boss.fetch<DocumentJob>(QUEUE_NAME, { batchSize: opts.concurrency * PREFETCH });
    taken.push(...jobs);
    if (jobs.length) continue;
    if (inFlight.size) {
      await Promise.race(inFlight);
      continue;
    }
    // Idle: put back the jobs of workers that died (their time is up), then see if anything is left.
    if (Date.now() - lastExpire >= settings.pollMs) {
      await boss.expire();
      lastExpire = Date.now();
    }
    if (opts.untilEmpty && (await boss.getQueueSize(QUEUE_NAME, { before: 'completed' })) === 0) break;
    await sleep(settings.pollMs, opts.signal);
  }
  await Promise.all(inFlight);
  return summary;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
