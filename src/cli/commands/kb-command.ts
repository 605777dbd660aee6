import type { Command } from 'commander';
import { AccordsError } from '../../core/errors.js';
import { isIsoDate, today } from '../../kb/dates.js';
import type { KnowledgeBase } from '../../services/knowledge-base.js';
import { dbTarget, openKnowledgeBase } from '../../services/open-knowledge-base.js';

/** Options every knowledge-base query takes. */
export interface KbQueryOptions { db?: string; asOf?: string; json?: boolean }

/** Adds `--db`, `--as-of` and `--json` to a query command. */
export function withQueryOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'database (default ./accords.db, or ACCORDS_DB)')
    .option('--as-of <YYYY-MM-DD>', 'answer as of this date (default today)')
    .option('--json', 'print JSON');
}

export function asOfDate(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isIsoDate(value)) throw new AccordsError(`--as-of must be a date YYYY-MM-DD, got "${value}"`, '--as-of');
  return value;
}

/** Runs a query against the knowledge base and always closes it. */
export async function withKnowledgeBase<T>(opts: { db?: string }, fn: (kb: KnowledgeBase) => Promise<T>): Promise<T> {
  const kb = await openKnowledgeBase(dbTarget(opts.db));
  try {
    return await fn(kb);
  } finally {
    await kb.close();
  }
}
