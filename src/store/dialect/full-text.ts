import { SqliteAdapter, type Kysely } from 'kysely';
import { AccordsError } from '../../core/errors.js';
import type { DB } from '../schema.js';
import { isPostgres } from './backend.js';
import { postgresFullText } from './postgres-full-text.js';
import { sqliteFullText } from './sqlite-full-text.js';

export { MARK_CLOSE, MARK_OPEN } from './snippet-marks.js';

/**
 * A search already parsed into phrases (each a list of words), every phrase required; the last
 * word of the last phrase may be a prefix. Each backend turns it into its own query language, so
 * no user text ever reaches the SQL as syntax.
 *
 * @example { phrases: [['peace'], ['abraham', 'accords']], prefix: false }
 */
export interface FullTextQuery {
  readonly phrases: readonly (readonly string[])[];
  readonly prefix: boolean;
}

/**
 * One matching document, best first. `snippet` is a short excerpt of the text with the matched
 * terms between MARK_OPEN and MARK_CLOSE.
 *
 * @example { id: '2025-11-06-kazakhstan', date: '2025-11-06', title: null, snippet: '… to join the \uE000Abraham\uE001 …' }
 */
export interface FullTextHit {
  readonly id: string;
  readonly date: string;
  readonly title: string | null;
  readonly snippet: string;
}

/**
 * Full-text search over documents: the one place where it differs between backends (SQLite FTS5,
 * PostgreSQL tsvector + GIN).
 *
 * @example const { total, hits } = await fullTextOf(db).search(db, query, { limit: 20, offset: 0 });
 */
export interface FullTextSearch {
  /** Creates the index over existing documents and whatever keeps it in step with later writes. */
  createIndex(db: Kysely<any>): Promise<void>;
  dropIndex(db: Kysely<any>): Promise<void>;
  search(db: Kysely<DB>, query: FullTextQuery, page: { limit: number; offset: number }): Promise<{ total: number; hits: FullTextHit[] }>;
}

/** The full-text implementation for the backend a Kysely instance runs on. */
export function fullTextOf(db: Kysely<any>): FullTextSearch {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return sqliteFullText;
  if (isPostgres(db)) return postgresFullText;
  throw new AccordsError('full-text search is not available on this database backend yet', 'database');
}
