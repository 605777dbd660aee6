import type { Command } from 'commander';
import { AccordsError } from '../../core/errors.js';
import { createExtraction } from '../../queue/extraction.js';
import { openQueue } from '../../queue/boss.js';
import { queueSettings } from '../../queue/settings.js';
import { runWorker } from '../../queue/worker.js';
import { dbTarget, openKnowledgeBase } from '../../services/open-knowledge-base.js';
import { printJson } from '../output.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AccordsError(`--concurrency must be a whole number of at least 1, got "${value}"`, '--concurrency');
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process documents queued by `ingest --queue` (PostgreSQL); many workers may share one database')
    .option('--db <url>', 'database, postgres://… (default ACCORDS_DB)')
    .option('--concurrency <n>', 'documents in progress at once, each extracted on its own thread', positiveInt, 1)
    .option('--until-empty', 'exit once no queued document is left, instead of waiting for more')
    .option('--no-reference', 'if this worker creates the database, start it without the curated reference data')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { db?: string; concurrency: number; untilEmpty?: boolean; reference: boolean; json?: boolean }) => {
      const target = dbTarget(opts.db);
      const settings = queueSettings();
      // The queue first: it refuses a SQLite target before any file is created.
      const boss = await openQueue(target, settings, { lazyCommits: true });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const kb = await openKnowledgeBase(target, { reference: opts.reference });
        const extraction = createExtraction(opts.concurrency);
        try {
          const summary = await runWorker(kb.db, boss, extraction, settings, {
            concurrency: opts.concurrency, untilEmpty: !!opts.untilEmpty, signal: stop.signal,
            log: (line) => process.stderr.write(`accords: worker: ${line}\n`),
          });
          if (opts.json) printJson(summary);
          else process.stdout.write(`stored ${summary.stored}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}, failed ${summary.failed}\n`);
        } finally {
          await extraction.close();
          await kb.close();
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await boss.stop({ graceful: true, wait: true, close: true });
      }
    });
}
