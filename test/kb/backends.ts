import type { Kysely } from 'kysely';
import { readCatalog } from '../../src/store/reference/reference-data.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { DB } from '../../src/store/schema.js';
import type { KnowledgeBase } from '../../src/services/knowledge-base.js';

/**
 * Every backend the store suite runs on, each a fresh database with the real migrations.
 * PostgreSQL joins this list when its adapter lands (a database created per run).
 */
export const BACKENDS: readonly { name: string; open(): Promise<Kysely<DB>> }[] = [
  { name: 'sqlite (memory)', open: () => openDatabase(':memory:') },
];

export async function freshKb(backend: (typeof BACKENDS)[number]): Promise<KnowledgeBase & { close(): Promise<void> }> {
  const db = await backend.open();
  return { db, catalog: readCatalog(), close: () => db.destroy() };
}
