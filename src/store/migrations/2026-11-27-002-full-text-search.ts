import type { Kysely } from 'kysely';
import { fullTextOf } from '../dialect/full-text.js';

/** Full-text search over documents (the backend's own index), and documents listed by date. */
export async function up(db: Kysely<any>): Promise<void> {
  await fullTextOf(db).createIndex(db);
  await db.schema.createIndex('documents_date').on('documents').columns(['date', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('documents_date').execute();
  await fullTextOf(db).dropIndex(db);
}
