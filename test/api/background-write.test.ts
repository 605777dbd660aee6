import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/start-server.js';
import { openKnowledgeBase } from '../../src/services/open-knowledge-base.js';
import { ROOT, tmp } from '../helpers.js';

// The server extracts writes in a child process, which runs the compiled code (npm test builds first).
const built = existsSync(join(ROOT, 'dist/services/parallel/extract-process.js'));
if (!built) console.warn('notice: dist/ is absent (npm run build); the background write test is skipped');

const TOKEN = 'background-test-token-0123456789';
const PARAGRAPH = 'Kazakhstan will join the Abraham Accords, officials said on Thursday. '
  + 'Saudi Arabia has linked normalization with Israel to progress toward a Palestinian state. ';

describe.skipIf(!built)('a server writing a large document', () => {
  it('answers reads while the document is extracted, then stores it with its events', async () => {
    const kb = await openKnowledgeBase(join(tmp('accords-bgwrite-'), 'kb.db'));
    const server = await startServer({ db: kb, port: 0, token: TOKEN, log: () => {} });
    try {
      const text = PARAGRAPH.repeat(Math.floor(300_000 / PARAGRAPH.length));
      const order: string[] = [];
      const write = fetch(`${server.url}/api/v1/documents`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ id: 'long', date: '2025-11-06', text }),
      }).then(async (r) => { order.push('write'); return { status: r.status, body: await r.json() as { id: string } }; });
      // the write has reached the child once the server has read its body; a read sent then is answered at once
      await new Promise((ok) => setTimeout(ok, 300));
      const read = await fetch(`${server.url}/api/v1/agreements`);
      order.push('read');
      expect(read.status).toBe(200);
      const written = await write;
      expect(written).toEqual({ status: 201, body: { result: 'stored', id: 'long' } });
      expect(order).toEqual(['read', 'write']);
      const doc = await (await fetch(`${server.url}/api/v1/documents/long`)).json() as { events: unknown[] };
      expect(doc.events.length).toBeGreaterThan(50);
    } finally {
      await server.close();
      await kb.close();
    }
  }, 60_000);
});
