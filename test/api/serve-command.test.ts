import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, tmp } from '../helpers.js';

const built = existsSync(join(ROOT, 'dist/cli/main.js'));
if (!built) console.warn('notice: dist/ is absent (npm run build); the serve command test is skipped');

describe.skipIf(!built)('accords serve', () => {
  it('serves the API and the explorer until SIGTERM, read-only without a token', async () => {
    const db = join(tmp('accords-serve-'), 'kb.db');
    const env = { ...process.env, ACCORDS_TOKEN: '' };
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (b) => { out += b; const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out); if (m) ok(m[1]); });
        child.once('exit', (code) => fail(new Error(`exited ${code}`)));
        setTimeout(() => fail(new Error('no "serving" line within 20 s')), 20_000);
      });
      const agreements = await (await fetch(`${url}/api/v1/agreements`)).json() as { agreements: { id: string }[] };
      expect(agreements.agreements.map((a) => a.id)).toContain('agreement:abraham-accords');
      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const write = await fetch(`${url}/api/v1/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(write.status).toBe(403);
    } finally {
      const exited = new Promise<number | null>((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses a token too short to be safe, and a bad port, with the contract\'s error line', () => {
    const db = join(tmp('accords-serve-'), 'kb.db');
    const short = runCli(['serve', '--db', db, '--port', '0'], { env: { ACCORDS_TOKEN: 'abc' } });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/^accords: ACCORDS_TOKEN must be at least 16 characters.*\(ACCORDS_TOKEN\)\n$/);
    const port = runCli(['serve', '--db', db, '--port', 'eighty']);
    expect(port.code).toBe(1);
    expect(port.stderr).toMatch(/^accords: --port must be a port number/);
  });
});
