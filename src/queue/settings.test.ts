import { describe, expect, it } from 'vitest';
import { queueSettings } from './settings.js';

// [environment, job timeout, retries, poll ms]
const CASES: [Record<string, string>, number, number, number][] = [
  [{}, 300, 5, 500],
  [{ ACCORDS_JOB_TIMEOUT_SECONDS: '2' }, 2, 5, 500],
  [{ ACCORDS_JOB_TIMEOUT_SECONDS: '1.5' }, 2, 5, 500],
  [{ ACCORDS_JOB_TIMEOUT_SECONDS: '0' }, 300, 5, 500],
  [{ ACCORDS_JOB_TIMEOUT_SECONDS: 'soon' }, 300, 5, 500],
  [{ ACCORDS_JOB_RETRIES: '2', ACCORDS_POLL_MS: '50' }, 300, 2, 100],
  [{ ACCORDS_POLL_MS: '-1', ACCORDS_JOB_RETRIES: '' }, 300, 5, 500],
];

describe('queue settings from the environment', () => {
  it.each(CASES)('%j', (env, timeout, retries, poll) => {
    const s = queueSettings(env);
    expect([s.jobTimeoutSeconds, s.retryLimit, s.pollMs]).toEqual([timeout, retries, poll]);
  });
});
