import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './deps.js';
import { errorResponse, onError, validationHook } from './http-errors.js';
import { registerAgreementRoutes } from './routes/agreements.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerPredictionRoutes } from './routes/predictions.js';
import { requireTokenForWrites } from './security/bearer-token.js';
import { securityHeaders } from './security/headers.js';
import { registerStaticFiles } from './static-files.js';

/** A JSON document of MAX_TEXT_CHARS characters, escaped, fits with room to spare. */
const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * How the app is made: its services, the write token (none: read-only), where the built explorer
 * is, and where server-side errors are logged.
 *
 * @example createApp({ kb, extractor: () => createExtractor(), today, token: process.env.ACCORDS_TOKEN ?? null, webRoot: defaultWebRoot() })
 */
export interface AppOptions extends ApiDeps {
  readonly token: string | null;
  readonly webRoot: string;
  readonly maxBodyBytes?: number;
  readonly log?: (line: string) => void;
}

/**
 * The HTTP API under /api/v1, its OpenAPI document at /api/openapi.json (generated from the route
 * schemas) and the web explorer at /. Middleware order: headers on everything, then the write
 * guard and the body limit before any route reads a body.
 */
export function createApp(opts: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(onError(opts.log ?? ((line) => process.stderr.write(line + '\n'))));
  app.notFound((c) => errorResponse(c, 404, `no such route: ${c.req.method} ${c.req.path}`));
  app.use('*', securityHeaders());
  app.use('/api/*', requireTokenForWrites(opts.token));
  app.use('/api/*', bodyLimit({ maxSize: opts.maxBodyBytes ?? DEFAULT_BODY_LIMIT, onError: (c) => errorResponse(c, 413, 'request body too large') }));
  registerAgreementRoutes(app, opts);
  registerEntityRoutes(app, opts);
  registerClaimRoutes(app, opts);
  registerPredictionRoutes(app, opts);
  registerDocumentRoutes(app, opts);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http', scheme: 'bearer', description: 'the value of ACCORDS_TOKEN the server was started with',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Accords API', version: '1', description: 'A sourced, temporal knowledge base of international-relations news. Read-only unless the server has ACCORDS_TOKEN.' },
    servers: [{ url: '/' }],
  });
  registerStaticFiles(app, opts.webRoot);
  return app;
}
