import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmp } from '../helpers.js';

const EXAMPLE = 'examples/2025-11-06-kazakhstan-expected.txt';
// Nothing listens on port 1 of the loopback address.
const DOWN = 'postgres://accords:s3cret@127.0.0.1:1/accords';

// [arguments, exit code, error line pattern]
const CASES: [(dir: string) => string[], number, RegExp][] = [
  [(d) => ['worker', '--db', join(d, 'kb.db'), '--until-empty'], 1, /^accords: the job queue needs a PostgreSQL database \(--db postgres:\/\/…\) \(--db\)\n$/],
  [(d) => ['ingest', EXAMPLE, '--queue', '--db', join(d, 'kb.db')], 1, /^accords: the job queue needs a PostgreSQL database/],
  [() => ['worker', '--db', DOWN, '--until-empty'], 1, /^accords: cannot open the job queue: .*ECONNREFUSED.* \(postgres:\/\/accords:\*\*\*@127\.0\.0\.1:1\/accords\)\n$/],
  [() => ['ingest', EXAMPLE, '--db', DOWN], 1, /^accords: cannot open database: .*ECONNREFUSED.* \(postgres:\/\/accords:\*\*\*@127\.0\.0\.1:1\/accords\)\n$/],
  [() => ['worker', '--db', DOWN, '--concurrency', '0'], 1, /^accords: --concurrency must be a whole number of at least 1, got "0" \(--concurrency\)\n$/],
  [() => ['worker', '--db', DOWN, '--concurrency', 'two'], 1, /^accords: --concurrency must be a whole number of at least 1, got "two" \(--concurrency\)\n$/],
];

describe('queue commands refuse what they cannot do, with one error line', () => {
  it.each(CASES)('%#', (args, code, error) => {
    const dir = tmp('accords-queue-neg-');
    const r = runCli(args(dir), { env: { ACCORDS_DB: '' } });
    expect([r.code, r.stdout]).toEqual([code, '']);
    expect(r.stderr).toMatch(error);
    expect(r.stderr).not.toContain('s3cret');
    // Refused before anything was created.
    expect(existsSync(join(dir, 'kb.db'))).toBe(false);
  });
});
