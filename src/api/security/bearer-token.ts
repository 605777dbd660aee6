import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http-errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Compares in time independent of where the strings differ (digests make the lengths equal too). */
export function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Guards every write (any method but GET/HEAD/OPTIONS), whatever route it reaches: without a
 * configured token the server is read-only (403); with one, the request needs
 * `Authorization: Bearer <token>` (401 otherwise).
 *
 * @example app.use('/api/*', requireTokenForWrites(process.env.ACCORDS_TOKEN ?? null))
 */
export function requireTokenForWrites(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!token) return errorResponse(c, 403, 'this server is read-only: start it with ACCORDS_TOKEN set to accept writes');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m || !sameToken(m[1], token)) {
      c.header('WWW-Authenticate', 'Bearer realm="accords"');
      return errorResponse(c, 401, 'a valid "Authorization: Bearer <token>" header is required for writes');
    }
    return next();
  };
}
