// Helpers shared by the eval and bench scripts: where ../shared is, and running the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/** A gold record as `extract --jsonl` input: {id, date, text} (id from doc_id/id, date from dct/date). */
export function goldToInput(r) {
  return { id: String(r.doc_id ?? r.id), date: r.dct ?? r.date ?? '2000-01-01', text: r.text };
}

/** Exits with a message when ../shared is absent (the development data lives there). */
export function requireShared(name) {
  if (sharedAvailable()) return;
  console.log(`${name}: skipped, ${SHARED} is absent (the development data lives there)`);
  process.exit(0);
}

/** The value after `--name` in argv, or null. */
export function argValue(args, name) {
  return args.includes(name) ? args[args.indexOf(name) + 1] ?? null : null;
}

/**
 * Extracts a gold file's documents and scores them with a scorer of ../shared/eval. With
 * `errorsDir`, the scorer's error list (SHOW_ERRORS=1) is written to `<errorsDir>/<name>.errors.txt`.
 * Returns the scorer's summary and the extraction time.
 */
export async function scoreGold({ name, gold, scorer, tmp, errorsDir = null }) {
  const t0 = performance.now();
  const pred = await extractJsonl(readJsonl(gold).map(goldToInput), join(tmp, `${name}.pred.jsonl`));
  const seconds = (performance.now() - t0) / 1000;
  const summary = score(scorer, gold, pred);
  if (errorsDir) writeScorerErrors(scorer, [gold, pred], join(errorsDir, `${name}.errors.txt`));
  return { summary, seconds, pred };
}

/** Runs a scorer with SHOW_ERRORS=1 and writes what it prints to a file. */
export function writeScorerErrors(scorer, args, outFile) {
  mkdirSync(dirname(outFile), { recursive: true });
  const r = spawnSync(process.execPath, [join(SHARED, 'eval', scorer), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, SHOW_ERRORS: '1' },
  });
  writeFileSync(outFile, r.stdout);
}

/** `accords extract --json` of the flagship example, written to a file; returns its path. */
export function extractExample(tmp) {
  const example = readdirSync(join(SHARED, 'examples')).find((f) => f.endsWith('.txt'));
  const out = cli(['extract', join(SHARED, 'examples', example), '--json']);
  const path = join(tmp, 'seed.json');
  writeFileSync(path, out.stdout);
  return path;
}
