import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './backend.js';

/**
 * The text column type. SQLite compares text byte by byte; PostgreSQL uses the database's locale
 * unless told otherwise, which would order ids and dates differently ("a-b" vs "a_b", case) and
 * make answers depend on the backend. `collate "C"` gives PostgreSQL SQLite's order, and faster
 * btree indexes.
 *
 * @example db.schema.createTable('t').addColumn('id', textType(db), (c) => c.primaryKey())
 */
export function textType(db: Kysely<any>): 'text' | RawBuilder<unknown> {
  return isPostgres(db) ? sql`text collate "C"` : 'text';
}
