import type { Kysely } from 'kysely';
import type { AgreementCatalog } from '../kb/membership/catalog.js';
import type { DB } from '../store/schema.js';
import type { QueryCache } from './query-cache.js';

/**
 * What every knowledge-base service needs, passed in (never imported as a singleton): the database
 * and the agreement catalog.
 *
 * @example const kb: KnowledgeBase = { db: await openDatabase('accords.db'), catalog: readCatalog() };
 */
export interface KnowledgeBase {
  readonly db: Kysely<DB>;
  readonly catalog: AgreementCatalog;
  /** Optional: a long-running server keeps expensive derived reads here (see QueryCache). */
  readonly cache?: QueryCache;
}
