import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { today } from '../kb/dates.js';
import { backgroundExtraction } from '../services/documents/background-extraction.js';
import type { KnowledgeBase } from '../services/knowledge-base.js';
import { openKnowledgeBase } from '../services/open-knowledge-base.js';
import { createQueryCache } from '../services/query-cache.js';
import { createApp } from './app.js';
import { defaultWebRoot } from './static-files.js';

/**
 * What `accords serve` and `accords demo --serve` start: a database (a `--db` value, opened and
 * closed by the server, or a knowledge base the caller keeps), a port (0: any free one), the
 * write token (null or absent: read-only), and the interface to listen on.
 *
 * @example await startServer({ db: './accords.db', port: 8787, token: process.env.ACCORDS_TOKEN ?? null })
 */
export interface ServerOptions {
  db: string | KnowledgeBase;
  port: number;
  token?: string | null;
  /** Default 127.0.0.1: only this machine. Put a reverse proxy in front to serve others (docs/security.md). */
  host?: string;
  webRoot?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the API and the explorer; resolves once it listens. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const owned = typeof opts.db === 'string' ? await openKnowledgeBase(opts.db) : null;
  const given = owned ?? (opts.db as KnowledgeBase);
  const kb: KnowledgeBase = given.cache ? given : { db: given.db, catalog: given.catalog, cache: createQueryCache(given.db) };
  // writes extract in a child process, started by the first one: reads go on meanwhile
  const extraction = backgroundExtraction();
  const app = createApp({
    kb, token: opts.token ?? null, webRoot: opts.webRoot ?? defaultWebRoot(), log: opts.log,
    extractor: () => extraction, today: () => today(),
  });
  const host = opts.host ?? '127.0.0.1';
  try {
    const server = await new Promise<ReturnType<typeof serve>>((ok, fail) => {
      const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () => ok(s));
      s.once('error', fail);
    });
    const { port } = server.address() as AddressInfo;
    const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    return {
      url: `http://${shown}:${port}`,
      close: () => new Promise<void>((done) => {
        server.close(() => { void extraction.close().then(() => owned?.close()).then(done, done); });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
    };
  } catch (err) {
    await owned?.close();
    throw err;
  }
}
