import type { Kysely } from 'kysely';
import type { AgreementCatalog } from '../../kb/membership/catalog.js';
import { insertMany } from '../batch.js';
import { LOCK_SPACES, lockKeys } from '../dialect/locks.js';
import { retryConflicts } from '../dialect/retry.js';
import type { DB } from '../schema.js';
import type { ReferenceData } from './reference-data.js';

/**
 * Sets up a database the first time it is used: the agreement catalog's entities always, and the
 * curated reference data unless `reference` is null (`--no-reference`). A database already set up
 * is left alone, so the choice is made once, at creation — also when several processes open a new
 * database at once (the first to take the lock sets it up).
 *
 * @example await initializeKnowledgeBase(db, catalog, readReferenceData());
 */
export async function initializeKnowledgeBase(db: Kysely<DB>, catalog: AgreementCatalog, reference: ReferenceData | null): Promise<'created' | 'existing'> {
  return retryConflicts(() => db.transaction().execute(async (trx) => {
    await lockKeys(trx, LOCK_SPACES.initialize, ['knowledge-base']);
    const done = await trx.selectFrom('meta').select('value').where('key', '=', 'initialized').executeTakeFirst();
    if (done) return 'existing' as const;
    await insertMany(trx, 'entities', catalog.agreements.map((a) => ({ id: a.id, kind: 'agreement', name: a.name, state: null, role: null, origin: 'catalog' })));
    if (reference) {
      await insertMany(trx, 'reference_sources', reference.sources.map((s) => ({ ...s })));
      await insertMany(trx, 'membership_facts', reference.memberships.map((f) => ({
        id: `${f.agreement}|${f.state}|${f.stage}|${f.source}`, agreement: f.agreement, state: f.state, stage: f.stage,
        date: f.date, source_url: f.source, note: null,
      })));
      await insertMany(trx, 'entities', reference.people.map((p) => ({ id: p.id, kind: 'person', name: p.name, state: p.state, role: p.role, origin: 'reference' })));
    }
    await trx.insertInto('meta').values([
      { key: 'initialized', value: new Date().toISOString() },
      { key: 'reference', value: reference ? 'loaded' : 'none' },
    ]).execute();
    return 'created' as const;
  }));
}
