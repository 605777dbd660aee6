import type { Kysely } from 'kysely';
import { fullTextOf } from '../dialect/full-text.js';

/**
 * What the API's reads need: full-text search over documents (the backend's own index), documents
 * listed by date, and lookups of entities by state and of events by the entity they are
 * attributed to (a timeline, the documents naming a broker).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await fullTextOf(db).createIndex(db);
  await db.schema.createIndex('documents_date').on('documents').columns(['date', 'id']).execute();
  await db.schema.createIndex('entities_state').on('entities').column('state').execute();
  await db.schema.createIndex('event_attributions_entity').on('event_attributions').column('entity').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['event_attributions_entity', 'entities_state', 'documents_date']) await db.schema.dropIndex(name).execute();
  await fullTextOf(db).dropIndex(db);
}
