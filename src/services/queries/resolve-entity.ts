import { AccordsError } from '../../core/errors.js';
import { agreementIdOf, findAgreement, findAgreementOfBody, type AgreementDef } from '../../kb/membership/catalog.js';
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

/**
 * An agreement named by id, catalog name or alias, or stored entity name; a body an agreement
 * founded stands for that agreement ("NATO" → the North Atlantic Treaty); any other organization
 * stands for its own membership (joining it, leaving it); unknown names get a slug id.
 */
export async function resolveAgreement(kb: KnowledgeBase, ref: string): Promise<{ id: string; def: AgreementDef | null }> {
  const def = findAgreement(kb.catalog, ref) ?? findAgreementOfBody(kb.catalog, ref);
  if (def) return { id: def.id, def };
  const byName = (kind: string) => kb.db.selectFrom('entities').select(['id', 'name']).where('kind', '=', kind)
    .where((eb) => eb.or([eb('id', '=', ref), eb(eb.fn('lower', ['name']), '=', ref.toLowerCase())])).executeTakeFirst();
  const stored = await byName('agreement');
  if (stored) return { id: stored.id, def: null };
  const body = await byName('organization');
  if (body) {
    const founded = findAgreementOfBody(kb.catalog, body.id);
    if (founded) return { id: founded.id, def: founded };
    return { id: body.id, def: { id: body.id, name: body.name, aliases: [], scope: null, bodies: [{ id: body.id, names: [] }], sources: [] } };
  }
  return { id: agreementIdOf(ref), def: null };
}
