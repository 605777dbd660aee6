import type { Transaction } from 'kysely';
import { insertTuples } from './batch.js';
import { TABLES, type DocumentRows } from './document-rows.js';
import { ROW_COLUMNS } from './row-columns.js';
import type { DB } from './schema.js';

/**
 * Inserts the rows, table by table. Entities and claims are shared between documents: of rows
 * with one id the first is inserted (as if the documents were stored one after the other; a row
 * already stored is left as it is), in id order, so that two transactions inserting the same
 * ones wait on each other in one order instead of deadlocking.
 *
 * @example await insertRows(trx, documentRows('d1', hash, doc, extraction, frames, new Date()));
 */
export async function insertRows(trx: Transaction<DB>, rows: DocumentRows): Promise<void> {
  for (const t of TABLES) {
    const list: readonly (readonly unknown[])[] = t === 'entities' || t === 'claims' ? firstById<readonly [string, ...unknown[]]>(rows[t]) : rows[t];
    // A document id taken by another text is an error, never silently skipped.
    await insertTuples(trx, t, ROW_COLUMNS[t], list, { strict: t === 'documents' });
  }
}

/** The first row of each id (the row's first value), in id order. */
function firstById<R extends readonly [string, ...unknown[]]>(rows: readonly R[]): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const r of rows) {
    if (seen.has(r[0])) continue;
    seen.add(r[0]);
    out.push(r);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
