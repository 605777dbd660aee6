import { AccordsError } from '../../core/errors.js';
import { agreementIdOf, findAgreement, type AgreementDef } from '../../kb/membership/catalog.js';
import type { KnowledgeBase } from '../knowledge-base.js';

/**
 * The entity id a user's word stands for: an id as is, a catalog agreement by name or alias,
 * a stored entity by name (case-insensitive), or a state by ISO3 code.
 *
 * @example await resolveEntity(kb, 'Kazakhstan') // 'KAZ'
 */
export async function resolveEntity(kb: KnowledgeBase, ref: string): Promise<string> {
  const agreement = findAgreement(kb.catalog, ref);
  if (agreement) return agreement.id;
  const exact = await kb.db.selectFrom('entities').select('id').where('id', '=', ref).executeTakeFirst();
  if (exact) return exact.id;
  const byName = await kb.db.selectFrom('entities').select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', ref.toLowerCase())).executeTakeFirst();
  if (byName) return byName.id;
  if (/^[A-Z]{3}$/.test(ref) || ref.includes(':')) return ref;
  throw new AccordsError(`unknown entity "${ref}"`, 'knowledge base');
}

/** An agreement named by id, catalog name or alias, or stored entity name; unknown names get a slug id. */
export async function resolveAgreement(kb: KnowledgeBase, ref: string): Promise<{ id: string; def: AgreementDef | null }> {
  const def = findAgreement(kb.catalog, ref);
  if (def) return { id: def.id, def };
  const stored = await kb.db.selectFrom('entities').select('id').where('kind', '=', 'agreement')
    .where((eb) => eb.or([eb('id', '=', ref), eb(eb.fn('lower', ['name']), '=', ref.toLowerCase())])).executeTakeFirst();
  return { id: stored?.id ?? agreementIdOf(ref), def: null };
}
