import type { Kysely } from 'kysely';
import { textType } from '../dialect/column-types.js';

/** The first schema: documents and what was extracted from them, claims, predictions, reference facts. */
export async function up(db: Kysely<any>): Promise<void> {
  const text = textType(db);
  await db.schema.createTable('meta')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('value', text, (c) => c.notNull())
    .execute();
  await db.schema.createTable('documents')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('content_hash', text, (c) => c.notNull().unique())
    .addColumn('date', text, (c) => c.notNull())
    .addColumn('title', text)
    .addColumn('origin', text, (c) => c.notNull())
    .addColumn('url', text)
    .addColumn('format', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('ingested_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createTable('entities')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('state', text)
    .addColumn('role', text)
    .addColumn('origin', text, (c) => c.notNull())
    .execute();
  await db.schema.createTable('mentions')
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('entity_id', text, (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['doc_id', 'span_start', 'span_end', 'entity_id'])
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();
  await db.schema.createTable('times')
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('value', text)
    .addPrimaryKeyConstraint('times_pk', ['doc_id', 'idx'])
    .execute();
  await db.schema.createTable('quotes')
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('speaker', text)
    .addColumn('speaker_text', text)
    .addColumn('speaker_start', 'integer')
    .addColumn('speaker_end', 'integer')
    .addPrimaryKeyConstraint('quotes_pk', ['doc_id', 'idx'])
    .execute();
  await createEventTables(db);
  await createClaimTables(db);
  await createReferenceTables(db);
}

async function createEventTables(db: Kysely<any>): Promise<void> {
  const text = textType(db);
  await db.schema.createTable('events')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('mode', text)
    .addColumn('agreement', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('time_value', text)
    .addColumn('time_text', text)
    .addColumn('date', text, (c) => c.notNull())
    .addColumn('predicted', 'integer', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', text, (c) => c.notNull())
    .addColumn('cameo', text)
    .execute();
  await db.schema.createIndex('events_doc').on('events').column('doc_id').execute();
  await db.schema.createIndex('events_agreement').on('events').column('agreement').execute();
  await db.schema.createTable('event_participants')
    .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('role', text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('entity', text, (c) => c.notNull())
    .addColumn('state', text)
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'role', 'position'])
    .execute();
  await db.schema.createIndex('event_participants_entity').on('event_participants').column('entity').execute();
  await db.schema.createIndex('event_participants_state').on('event_participants').column('state').execute();
  await db.schema.createTable('event_attributions')
    .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('entity', text)
    .addColumn('text', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('event_attributions_pk', ['event_id', 'position'])
    .execute();
}

async function createClaimTables(db: Kysely<any>): Promise<void> {
  const text = textType(db);
  await db.schema.createTable('claims')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('predicate', text, (c) => c.notNull())
    .addColumn('object', text)
    .addColumn('summary', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_subject').on('claims').column('subject').execute();
  await db.schema.createIndex('claims_object').on('claims').column('object').execute();
  await db.schema.createTable('claim_reports')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('claim_id', text, (c) => c.notNull().references('claims.id'))
    .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('doc_date', text, (c) => c.notNull())
    .addColumn('event_date', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_reports_claim').on('claim_reports').column('claim_id').execute();
  await db.schema.createTable('predictions')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('doc_id', text, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('claim_id', text, (c) => c.notNull().references('claims.id'))
    .addColumn('predictor', text, (c) => c.notNull())
    .addColumn('made_on', text)
    .addColumn('deadline', text)
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('predictions_predictor').on('predictions').column('predictor').execute();
}

async function createReferenceTables(db: Kysely<any>): Promise<void> {
  const text = textType(db);
  await db.schema.createTable('membership_facts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('agreement', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('stage', text, (c) => c.notNull())
    .addColumn('date', text, (c) => c.notNull())
    .addColumn('source_url', text, (c) => c.notNull())
    .addColumn('note', text)
    .execute();
  await db.schema.createIndex('membership_facts_agreement').on('membership_facts').column('agreement').execute();
  await db.schema.createTable('reference_sources')
    .addColumn('url', text, (c) => c.primaryKey())
    .addColumn('title', text)
    .addColumn('published', text)
    .addColumn('publisher', text)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['membership_facts', 'reference_sources', 'predictions', 'claim_reports', 'claims',
    'event_attributions', 'event_participants', 'events', 'quotes', 'times', 'mentions', 'entities',
    'documents', 'meta']) await db.schema.dropTable(t).ifExists().execute();
}
