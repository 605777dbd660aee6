import type { Command } from 'commander';
import { AccordsError } from '../../core/errors.js';
import { serverEnv } from '../../api/server-config.js';
import { startServer } from '../../api/start-server.js';
import { dbTarget } from '../../services/open-knowledge-base.js';

function portOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new AccordsError(`--port must be a port number 0-65535, got "${value}"`, '--port');
  return n;
}

/** `accords serve`: the HTTP API and the web explorer until interrupted. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1, OpenAPI at /api/openapi.json) and the web explorer (/); writes need ACCORDS_TOKEN')
    .option('--db <path>', 'database (default ./accords.db, or ACCORDS_DB)')
    .option('--port <n>', 'port to listen on', '8787')
    .option('--host <address>', 'interface to listen on (default 127.0.0.1; see docs/security.md before widening it)', '127.0.0.1')
    .action(async (opts: { db?: string; port: string; host: string }) => {
      let env: { token: string | null };
      try {
        env = serverEnv(process.env);
      } catch (err) {
        throw new AccordsError((err as Error).message, 'ACCORDS_TOKEN');
      }
      const server = await startServer({ db: dbTarget(opts.db), port: portOf(opts.port), host: opts.host, token: env.token }).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EADDRINUSE') throw new AccordsError(`port ${opts.port} is already in use (try --port)`, '--port');
        throw err;
      });
      process.stdout.write(`accords: serving ${server.url} (API ${server.url}/api/v1, OpenAPI ${server.url}/api/openapi.json)`
        + `${env.token ? '' : ' read-only: set ACCORDS_TOKEN to accept writes'}\n`);
      await new Promise<void>((done) => {
        const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); void server.close().then(done, done); };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
