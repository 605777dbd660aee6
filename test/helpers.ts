import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '../shared');
export const CLI = join(ROOT, 'bin/accords.js');

/** True when ../shared (development data) is present; tests that need it skip with a notice otherwise. */
export function hasShared(): boolean {
  const ok = existsSync(join(SHARED, 'eval'));
  if (!ok) console.warn(`notice: ${SHARED} is absent; tests that read it are skipped`);
  return ok;
}

export function tmp(prefix = 'accords-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the built CLI (npm test builds first). */
export function runCli(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8', input: opts.input, cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
