import { openDatabase } from '../store/open-database.js';
import { initializeKnowledgeBase } from '../store/reference/initialize.js';
import { readCatalog, readReferenceData } from '../store/reference/reference-data.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** The `--db` value in force: the option, else ACCORDS_DB, else ./accords.db. */
export function dbTarget(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.ACCORDS_DB || './accords.db');
}

/**
 * Opens (creating and migrating when needed) the knowledge base a command works on. A new
 * database is loaded with the reference data unless `reference` is false.
 *
 * @example const kb = await openKnowledgeBase('accords.db'); try { … } finally { await kb.close(); }
 */
export async function openKnowledgeBase(target: string, opts: { reference?: boolean } = {}): Promise<KnowledgeBase & { close(): Promise<void> }> {
  const catalog = readCatalog();
  const db = await openDatabase(target);
  try {
    await initializeKnowledgeBase(db, catalog, opts.reference === false ? null : readReferenceData());
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { db, catalog, close: () => db.destroy() };
}
