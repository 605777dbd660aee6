// Helpers shared by the eval and bench scripts: where ../shared is, and running the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.ACCORDS_SHARED ?? resolve(ROOT, '../shared');
export const CLI = join(ROOT, 'bin/accords.js');

export function sharedAvailable() {
  return existsSync(join(SHARED, 'eval'));
}

export function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export function tempDir(prefix = 'accords-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `accords extract --jsonl` over records {id,date,text}; returns the output file's path. */
export async function extractJsonl(records, outPath) {
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  await new Promise((ok, fail) => {
    const child = spawn(process.execPath, [CLI, 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => {
      writeFileSync(outPath, Buffer.concat(chunks));
      code === 0 ? ok() : fail(new Error(`extract --jsonl exited ${code}`));
    });
    child.stdin.end(input);
  });
  return outPath;
}

/** Runs a scorer of ../shared/eval; returns its last line parsed as JSON. */
export function score(scorer, ...args) {
  const r = spawnSync(process.execPath, [join(SHARED, 'eval', scorer), ...args], {
    encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28, env: { ...process.env, SHOW_ERRORS: '' },
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`${scorer} failed: ${r.stderr || r.stdout}`);
  }
}

/** Runs the CLI with arguments; returns {code, stdout, stderr}. */
export function cli(args, opts = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28, ...opts });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
