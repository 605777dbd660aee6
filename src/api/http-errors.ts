import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AccordsError, oneLine } from '../core/errors.js';

/** What a failed request answers: a status and a message, nothing from the server's inside. */
export function errorResponse(c: Context, status: ContentfulStatusCode, message: string, issues?: { path: string; message: string }[]): Response {
  return c.json(issues ? { error: message, issues } : { error: message }, status);
}

/**
 * The one place thrown errors become responses. A user-actionable AccordsError is a 4xx with its
 * message (never its `where`, which may be a file path); anything else is logged and answered
 * with a bare 500.
 */
export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const message = status === 400 && /json/i.test(err.message) ? 'malformed JSON in request body'
        : status === 415 ? 'the request body must be application/json' : oneLine(err.message) || 'request refused';
      return errorResponse(c, status, message);
    }
    if (err instanceof AccordsError) return errorResponse(c, /^unknown /.test(err.message) ? 404 : 400, oneLine(err.message));
    log(`accords serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, 500, 'internal error');
  };
}

/** The zod-openapi hook: a request that fails validation is a 400 naming each bad field. */
export function validationHook(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
  return errorResponse(c, 400, `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}
