import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tmp } from '../helpers.js';

const dir = tmp();
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('accords extract', () => {
  it.each<[string, string]>([
    ['space', ' date 2025-11-06 Kazakhstan is poised to join.'],
    ['newline', 'date 2025-11-06\nKazakhstan is poised to join.'],
    ['blank line', 'date 2025-11-06\n\nKazakhstan is poised to join.'],
    ['CRLF blank line', 'date 2025-11-06\r\n\r\nKazakhstan is poised to join.'],
  ])('reads a dateline followed by a %s; offsets start after it', (name, content) => {
    const r = runCli(['extract', file(`${name}.txt`, content), '--json']);
    expect(r.code).toBe(0);
    const [out] = JSON.parse(r.stdout);
    expect(out.doc.date).toBe('2025-11-06');
    expect(out.doc.title).toBeNull();
  });

  it('--date overrides the dateline', () => {
    const r = runCli(['extract', file('d.txt', 'date 2025-11-06\nText.'), '--date', '2024-01-02', '--json']);
    expect(JSON.parse(r.stdout)[0].doc.date).toBe('2024-01-02');
  });

  it('a document without a date is the contract error line, exit 1', () => {
    const p = file('nodate.txt', 'Kazakhstan is poised to join.');
    const r = runCli(['extract', p, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^accords: no usable date.* \(.*nodate\.txt\)$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing file is reported by name and the other files still go through', () => {
    const good = file('good.txt', 'date 2025-11-06\nText.');
    const r = runCli(['extract', join(dir, 'missing.txt'), good, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`accords: no such file (${join(dir, 'missing.txt')})`);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it.each([['1'], ['2']])('--jsonl goes on past bad lines and keeps order (threads=%s)', (threads) => {
    const input = [
      JSON.stringify({ id: 'a', date: '2025-01-01', text: 'First.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'no date' }),
      JSON.stringify({ id: 'c', date: '2025-13-40', text: 'bad date' }),
      '',
      JSON.stringify({ id: 'd', date: '2025-01-02', text: 'Last.' }),
    ].join('\n');
    const r = runCli(['extract', '--jsonl', '--threads', threads], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.doc?.id ?? l.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(lines[1].error).toMatch(/malformed JSON \(stdin:2\)/);
    expect(lines[2].error).toMatch(/no usable date/);
    expect(lines[3].error).toMatch(/invalid date/);
  });
});

const line = JSON.stringify({ id: 'x', date: '2025-11-06', text: 'Kazakhstan is poised to join the Abraham Accords, officials said.' });

/** `extract --jsonl` fed 3,000 lines; `onOutput` runs at its first output. Resolves with its exit code and stderr. */
async function jsonlRun(threads: string, onOutput: (child: ChildProcessWithoutNullStreams) => void) {
  const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', '--threads', threads], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += c; });
  child.stdout.once('data', () => onOutput(child));
  // The child stops reading once its output is gone or it failed: our own writes to its stdin may then fail.
  child.stdin.on('error', () => {});
  for (let i = 0; i < 3000; i++) child.stdin.write(line + '\n');
  child.stdin.end();
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stderr };
}

describe('accords extract --jsonl | head', () => {
  it.each([['1'], ['2']])('stops quietly (exit 0, nothing on stderr) when the reader closes the pipe (threads=%s)', async (threads) => {
    const r = await jsonlRun(threads, (child) => child.stdout.destroy());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('accords extract --jsonl: an extraction process that dies', () => {
  it('is one error line naming it, exit 1, no hang', async () => {
    const r = await jsonlRun('2', (child) => {
      const [first] = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
      process.kill(Number(first), 'SIGKILL');
    });
    expect(r.stderr).toMatch(/^accords: extraction process [12] of 2 was killed by SIGKILL\n$/);
    expect(r.code).toBe(1);
  });
});
