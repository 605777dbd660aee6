import type { Kysely } from 'kysely';
import { afterAll } from 'vitest';
import { readCatalog } from '../../src/store/reference/reference-data.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { DB } from '../../src/store/schema.js';
import type { KnowledgeBase } from '../../src/services/knowledge-base.js';
import { createSchema, createTestDatabase, dropTestDatabase, pgUrl, skipPostgres } from '../store/pg-server.js';

/** One database per test file on the local PostgreSQL server, created when first needed, dropped after. */
let database: Promise<string> | null = null;
let schemas = 0;
afterAll(async () => {
  if (database) await dropTestDatabase(await database);
});

/** A fresh, migrated PostgreSQL store: a new schema of this run's database. */
async function openPostgres(): Promise<Kysely<DB>> {
  database ??= createTestDatabase();
  const name = await database;
  const schema = `t${++schemas}`;
  await createSchema(name, schema);
  return openDatabase(pgUrl(name, schema));
}

/**
 * Every backend the store suite runs on, each a fresh database with the real migrations:
 * SQLite in memory, and PostgreSQL on the local server (skipped only with ACCORDS_SKIP_PG=1
 * outside CI; see test/store/pg-server.ts).
 */
export const BACKENDS: readonly { name: string; open(): Promise<Kysely<DB>> }[] = [
  { name: 'sqlite (memory)', open: () => openDatabase(':memory:') },
  ...(skipPostgres() ? [] : [{ name: 'postgres', open: openPostgres }]),
];

export async function freshKb(backend: (typeof BACKENDS)[number]): Promise<KnowledgeBase & { close(): Promise<void> }> {
  const db = await backend.open();
  return { db, catalog: readCatalog(), close: () => db.destroy() };
}
