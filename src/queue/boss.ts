import PgBoss from 'pg-boss';
import { AccordsError } from '../core/errors.js';
import { isPostgresUrl, redactTarget } from '../store/dialect/backend.js';
import { QUEUE_NAME, type QueueSettings } from './settings.js';

/**
 * The job queue on the knowledge base's own PostgreSQL database (pg-boss, in its `pgboss` schema):
 * started, its schema installed or migrated, and the documents queue created if missing. Several
 * processes may do this at once on a new database; pg-boss serializes it.
 *
 * @example const boss = await openQueue('postgres://…/accords', queueSettings(), { lazyCommits: true }); … await boss.stop();
 */
export async function openQueue(target: string, settings: QueueSettings, opts: { lazyCommits?: boolean } = {}): Promise<PgBoss> {
  if (!isPostgresUrl(target)) throw new AccordsError('the job queue needs a PostgreSQL database (--db postgres://…)', '--db');
  const boss = new PgBoss({
    connectionString: target, max: 3, application_name: 'accords-queue',
    // A worker's own queue writes (taking jobs, failing them) may be lost in a crash: the jobs
    // then come back to the queue, which is what a crash does to them anyway. An enqueuer's are
    // kept durable: `ingest --queue` says its documents are queued.
    ...(opts.lazyCommits ? { options: '-c synchronous_commit=off' } : {}),
    schedule: false,
    // One process at a time (pg-boss takes a lock) returns the jobs of dead workers to the queue
    // and archives finished ones; the documents themselves live in the knowledge base, so a
    // finished job's copy is not kept long.
    maintenanceIntervalSeconds: 30,
    archiveCompletedAfterSeconds: 600,
    deleteAfterHours: 24,
  });
  boss.on('error', (err) => process.stderr.write(`accords: queue: ${err instanceof Error ? err.message : String(err)}\n`));
  try {
    await boss.start();
    await boss.createQueue(QUEUE_NAME, {
      name: QUEUE_NAME, policy: 'standard', retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds,
      retryBackoff: true, expireInSeconds: settings.jobTimeoutSeconds,
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new AccordsError(`cannot open the job queue: ${err instanceof Error ? err.message : String(err)}`, redactTarget(target));
  }
  return boss;
}
