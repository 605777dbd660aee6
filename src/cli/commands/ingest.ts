import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { parseSize } from '../../readers/size.js';
import { createExtractionPool } from '../../services/parallel/extract-pool.js';
import { useExtractionFlags } from '../../services/parallel/v8-flags.js';
import { printJson } from '../output.js';

// The store and the readers (HTML, feeds) take about half a second to load: this command loads
// them only once its extraction processes are starting, so that both load at the same time.
const loadStore = () => import('../../services/open-knowledge-base.js');
const loadReaders = () => import('../../readers/inputs.js');

/** Exit code when some inputs were rejected and the rest stored (CONTRACT.md §2). */
const EXIT_SOME_REJECTED = 3;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('store documents, their extractions and claims in the knowledge base')
    .argument('<paths...>', 'files, folders (recursively), .jsonl, RSS/Atom .xml')
    .option('--db <path>', 'database (default ./accords.db, or ACCORDS_DB)')
    .option('--no-reference', 'start a new database empty, without the curated reference data')
    .option('--date <YYYY-MM-DD>', 'document date, overriding any dateline')
    .option('--max-size <size>', 'largest document to read, e.g. 10MB (default)', parseSize)
    .option('--queue', 'queue the documents for `accords worker` instead of processing them here (PostgreSQL)')
    .option('--threads <n>', 'extraction processes (default: all cores; 1 extracts in this process)', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { db?: string; reference: boolean; date?: string; json?: boolean; maxSize?: number; queue?: boolean; threads?: number }) => {
      if (opts.queue) return enqueue(paths, opts);
      // Extraction runs on every core while this process reads the inputs and writes the database;
      // the extraction processes start first, while this process loads the store and opens the
      // database. This process builds an extractor of its own only with --threads 1.
      const threads = opts.threads ?? availableParallelism();
      const pool = threads > 1 ? createExtractionPool(threads) : null;
      try {
        const { dbTarget, openKnowledgeBase } = await loadStore();
        const { readInputs } = await loadReaders();
        const { ingest } = await import('../../services/ingest.js');
        const kb = await openKnowledgeBase(dbTarget(opts.db), { reference: opts.reference });
        try {
          if (!pool) useExtractionFlags();
          const extractor = pool ? null : (await import('../../services/extractor.js')).createExtractor();
          const summary = await ingest(kb.db, readInputs(paths, { date: opts.date, maxSize: opts.maxSize }), extractor, undefined,
            pool ? { prepareBatch: (docs) => pool.prepareBatch(docs), inFlight: threads * 3 } : {});
          if (opts.json) printJson(summary);
          else {
            process.stdout.write(`stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}\n`);
            for (const r of summary.rejected) process.stdout.write(`  rejected ${r.input}: ${r.error}\n`);
            for (const w of summary.warnings ?? []) process.stdout.write(`  warning ${w.input}: ${w.warning}\n`);
          }
          if (summary.rejected.length) process.exitCode = EXIT_SOME_REJECTED;
        } finally {
          await kb.close();
        }
      } finally {
        await pool?.close();
      }
    });
}

/** `ingest --queue`: the documents are read and queued here, extracted and stored by the workers. */
async function enqueue(paths: string[], opts: { db?: string; reference: boolean; date?: string; json?: boolean; maxSize?: number }): Promise<void> {
  const { dbTarget, openKnowledgeBase } = await loadStore();
  const { readInputs } = await loadReaders();
  const target = dbTarget(opts.db);
  // The queue's modules (pg-boss) are loaded only for --queue.
  const { openQueue } = await import('../../queue/boss.js');
  const { enqueueDocuments } = await import('../../queue/enqueue.js');
  const settings = (await import('../../queue/settings.js')).queueSettings();
  const boss = await openQueue(target, settings);
  try {
    // Opening the knowledge base here creates and migrates a new one, with the reference choice made on this command line.
    const kb = await openKnowledgeBase(target, { reference: opts.reference });
    try {
      const summary = await enqueueDocuments(kb.db, boss, readInputs(paths, { date: opts.date, maxSize: opts.maxSize }), settings);
      if (opts.json) printJson(summary);
      else {
        process.stdout.write(`queued ${summary.queued}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}\n`);
        for (const r of summary.rejected) process.stdout.write(`  rejected ${r.input}: ${r.error}\n`);
      }
      if (summary.rejected.length) process.exitCode = EXIT_SOME_REJECTED;
    } finally {
      await kb.close();
    }
  } finally {
    await boss.stop({ graceful: true, wait: true, close: true });
  }
}
