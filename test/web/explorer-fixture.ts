import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/api/start-server.js';
import { readInputs } from '../../src/readers/inputs.js';
import { createExtractor } from '../../src/services/extractor.js';
import { ingest } from '../../src/services/ingest.js';
import { openKnowledgeBase } from '../../src/services/open-knowledge-base.js';
import { ROOT, SHARED, tmp } from '../helpers.js';

/** A document whose text is markup meant to run: the explorer must show it as text. */
export const XSS_TEXT = 'Hostile markup test. <script>window.__xss = "script"</script> '
  + '<img src=x onerror="window.__xss = \'img\'"> <a href="javascript:window.__xss=1">click</a> '
  + '<svg onload="window.__xss = \'svg\'"></svg> Israel and Morocco said talks would continue.';
export const XSS_ID = 'xss-probe';
export const XSS_DOC = { id: XSS_ID, date: '2025-11-08', title: '<img src=x onerror="window.__xss=\'title\'">', text: XSS_TEXT };
export const TOKEN = 'browser-test-token-0123456789';

/**
 * A server over a fresh database of the example articles (the repo's, and ../shared's when
 * present), accepting writes with TOKEN, with the explorer built from the current sources.
 */
export async function exampleServer(): Promise<{ server: RunningServer; close(): Promise<void> }> {
  const dir = tmp('accords-web-');
  const { buildExplorer } = await import('../../src/web/build.mjs' as string) as { buildExplorer(out: string): Promise<string[]> };
  await buildExplorer(join(dir, 'explorer'));
  const kb = await openKnowledgeBase(join(dir, 'kb.db'));
  const paths = [join(ROOT, 'examples')];
  const shared = join(SHARED, 'examples');
  if (existsSync(shared)) paths.push(...readdirSync(shared).filter((f) => f.endsWith('.txt')).map((f) => join(shared, f)));
  const extractor = createExtractor();
  await ingest(kb.db, readInputs(paths), extractor);
  const server = await startServer({ db: kb, port: 0, token: TOKEN, webRoot: join(dir, 'explorer'), log: () => {} });
  return { server, close: async () => { await server.close(); await kb.close(); } };
}
