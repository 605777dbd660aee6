import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmp } from '../helpers.js';

describe('accords demo', () => {
  it('ingests the bundled examples into ./accords.db and shows members and facts; a rerun stores nothing new', () => {
    const cwd = tmp('accords-demo-');
    const first = runCli(['demo'], { cwd, env: { ACCORDS_DB: '' } });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(existsSync(join(cwd, 'accords.db'))).toBe(true);
    expect(first.stdout).toMatch(/Ingested 5 example articles .*: 5 stored, 0 already there, 0 rejected/);
    expect(first.stdout).toMatch(/Members of the Abraham Accords as of 2025-11-07/);
    for (const state of ['ARE', 'BHR', 'ISR', 'MAR', 'SDN', 'KAZ']) expect(first.stdout).toContain(`│ ${state} `);
    expect(first.stdout).toMatch(/Facts extracted from the newest example, 2025-11-07-kazakhstan-announced\.txt/);
    expect(first.stdout).toMatch(/npx accords serve/);
    const again = runCli(['demo'], { cwd, env: { ACCORDS_DB: '' } });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 stored, 5 already there/);
  });
});
