import { table } from '../format/table.js';
import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../api/start-server.js';
import type { SourceDocument } from '../../core/document.js';
import { readInputs } from '../../readers/inputs.js';
import { readDocumentsFromFile } from '../../readers/read-file.js';
import { createExtractor } from '../../services/extractor.js';
import { ingest } from '../../services/ingest.js';
import { dbTarget, openKnowledgeBase } from '../../services/open-knowledge-base.js';
import { members } from '../../services/queries/members.js';
import { formatExtraction } from '../format/extraction-table.js';

/** The bundled example articles (examples/ at the package root, beside src/ and dist/). */
export function examplesDir(): string {
  return fileURLToPath(new URL('../../../examples/', import.meta.url));
}

const AGREEMENT = 'Abraham Accords';

/**
 * `accords demo`: ingests the bundled examples into the database, then prints the members of the
 * Abraham Accords as of the newest example's date and what was extracted from that example.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled example articles and show what Accords makes of them')
    .option('--db <path>', 'database (default ./accords.db, or ACCORDS_DB)')
    .option('--serve', 'then start the web explorer and API on --port')
    .option('--port <n>', 'port for --serve', '8787')
    .action(async (opts: { db?: string; serve?: boolean; port: string }) => {
      const dir = examplesDir();
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
      const target = dbTarget(opts.db);
      const out = (s: string) => process.stdout.write(s + '\n');
      const extractor = createExtractor();
      const kb = await openKnowledgeBase(target);
      try {
        const summary = await ingest(kb.db, readInputs(files), extractor);
        out(`Ingested ${files.length} example articles from ${dir} into ${target}: `
          + `${summary.stored} stored, ${summary.duplicates} already there, ${summary.rejected.length} rejected.`);
        for (const r of summary.rejected) out(`  rejected ${r.input}: ${r.error}`);

        const docs: SourceDocument[] = [];
        for (const f of files) docs.push(...await readDocumentsFromFile(f));
        const newest = docs.reduce((a, b) => (b.date > a.date ? b : a));
        const rows = await members(kb, AGREEMENT, newest.date);
        const t = table({ head: ['state', 'name', 'status', 'since', 'according to'], wordWrap: true, colWidths: [7, 24, 11, 12, 52] });
        for (const r of rows) t.push([r.state, r.name, r.status, r.since, [...new Set(r.sources.map((s) => s.doc))].join('\n')]);
        out(`\nMembers of the ${AGREEMENT} as of ${newest.date}\n${t.toString()}`);
        out(`\nFacts extracted from the newest example, ${newest.id}\n${formatExtraction(extractor.extract(newest))}`);
      } finally {
        await kb.close();
      }
      if (!opts.serve) {
        out(`\nExplore it in the browser:  npx accords serve${opts.db ? ` --db ${opts.db}` : ''}   (or: npx accords demo --serve)`);
        return;
      }
      const server = await startServer({ db: target, port: Number(opts.port), token: process.env.ACCORDS_TOKEN ?? null });
      out(`\nExplorer: ${server.url}/   API: ${server.url}/api/v1   (Ctrl-C to stop)`);
      await new Promise<void>((done) => {
        const stop = () => { void server.close().then(done, done); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
