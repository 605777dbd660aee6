import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { errorResponse } from './http-errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json',
};

/** Where `npm run build` puts the explorer: dist/explorer, seen from src/api (tests) or dist/api (installed). */
export function defaultWebRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, here.split(/[\\/]/).includes('dist') ? '../explorer' : '../../dist/explorer');
}

/**
 * Serves the built explorer from memory: its few files are read once, when the app is made, so a
 * request can only ever get one of them (no path ever reaches the file system).
 */
export function registerStaticFiles(app: Hono, webRoot: string): void {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  if (existsSync(webRoot)) {
    for (const name of readdirSync(webRoot)) {
      const type = TYPES[extname(name)];
      if (type) files.set(`/${name}`, { body: new Uint8Array(readFileSync(join(webRoot, name))), type });
    }
  }
  app.get('/', (c) => serve(c, '/index.html'));
  app.get('/:file{[A-Za-z0-9._-]+}', (c, next) => (files.has(c.req.path) ? serve(c, c.req.path) : next()));

  function serve(c: Context, path: string): Response {
    const f = files.get(path);
    if (!f) return errorResponse(c, 404, 'the web explorer is not built: run `npm run build`');
    c.header('Content-Type', f.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(f.body.slice().buffer as ArrayBuffer, 200);
  }
}
