/** The pg-boss queue that carries documents to ingest. */
export const QUEUE_NAME = 'accords-ingest';

/**
 * How the queue behaves. A job not finished within `jobTimeoutSeconds` of being taken (its worker
 * died, or its machine) is failed and retried, up to `retryLimit` times, after a growing delay.
 * Storing is idempotent, so a slow job retried elsewhere is still stored once.
 *
 * @example queueSettings({ ACCORDS_JOB_TIMEOUT_SECONDS: '60' }).jobTimeoutSeconds // 60
 */
export interface QueueSettings {
  readonly jobTimeoutSeconds: number;
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  /** How often an idle worker looks for work (and for jobs of dead workers to retry). */
  readonly pollMs: number;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Defaults, overridable by ACCORDS_JOB_TIMEOUT_SECONDS, ACCORDS_JOB_RETRIES and ACCORDS_POLL_MS. */
export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    jobTimeoutSeconds: Math.ceil(positive(env.ACCORDS_JOB_TIMEOUT_SECONDS, 300)),
    retryLimit: Math.floor(positive(env.ACCORDS_JOB_RETRIES, 5)),
    retryDelaySeconds: 2,
    pollMs: Math.max(100, positive(env.ACCORDS_POLL_MS, 500)),
  };
}
