import { AccordsError } from '../../core/errors.js';
import type { AgreementDef } from '../../kb/membership/catalog.js';
import type { Stage } from '../../kb/vocabulary.js';
import { firstReport } from '../../store/membership-reads.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { members } from './members.js';
import { namesOf } from './names.js';
import { resolveAgreement } from './resolve-entity.js';

/**
 * An agreement the base knows of (curated, or named by news), with what its page needs.
 *
 * @example { id: 'agreement:abraham-accords', name: 'Abraham Accords', aliases: ['Abraham Accord'], curated: true,
 *   description: '…', firstDate: '2020-08-13', sources: ['https://…'], members: { signed: 4, expected: 1 } }
 */
export interface AgreementOut {
  id: string;
  name: string;
  aliases: string[];
  curated: boolean;
  description: string | null;
  firstDate: string | null;
  sources: string[];
  /** How many states are at each stage as of the date asked. */
  members: Partial<Record<Stage, number>>;
}

/**
 * Every agreement in the catalog, the reference facts or an extracted event: those with members
 * on record first (a catalog entry nothing speaks of yet last), curated before extracted, then
 * those with most members, then by name.
 */
export async function agreements(kb: KnowledgeBase, asOf: string): Promise<AgreementOut[]> {
  const [named, facts] = await Promise.all([
    kb.db.selectFrom('events').select('agreement').distinct().where('agreement', 'is not', null).execute(),
    kb.db.selectFrom('membership_facts').select('agreement').distinct().execute(),
  ]);
  const ids = new Set([...kb.catalog.agreements.map((a) => a.id), ...named.map((r) => r.agreement!), ...facts.map((r) => r.agreement)]);
  const out = await Promise.all([...ids].map((id) => describe(kb, id, asOf)));
  const size = (a: AgreementOut) => Object.values(a.members).reduce((n, k) => n + (k ?? 0), 0);
  const known = (a: AgreementOut) => Number(size(a) > 0);
  return out.sort((a, b) => known(b) - known(a) || Number(b.curated) - Number(a.curated) || size(b) - size(a) || a.name.localeCompare(b.name));
}

/** One agreement by id, name or alias; an agreement nothing on record speaks of is an error. */
export async function agreement(kb: KnowledgeBase, ref: string, asOf: string): Promise<AgreementOut> {
  return describe(kb, (await knownAgreement(kb, ref)).id, asOf);
}

/** The id of an agreement named by id, name or alias, if the catalog or anything on record knows it. */
export async function knownAgreement(kb: KnowledgeBase, ref: string): Promise<{ id: string; def: AgreementDef | null }> {
  const found = await resolveAgreement(kb, ref);
  if (!found.def && !(await firstReport(kb.db, found.id))) throw new AccordsError(`unknown agreement "${ref}"`, 'knowledge base');
  return found;
}

async function describe(kb: KnowledgeBase, id: string, asOf: string): Promise<AgreementOut> {
  const def = kb.catalog.agreements.find((a) => a.id === id) ?? null;
  const [first, rows, names] = await Promise.all([firstReport(kb.db, id), members(kb, id, asOf), def ? null : namesOf(kb.db, [id])]);
  const counts: AgreementOut['members'] = {};
  for (const m of rows) counts[m.status] = (counts[m.status] ?? 0) + 1;
  return {
    id, name: def?.name ?? names?.get(id) ?? id, aliases: [...(def?.aliases ?? [])], curated: !!def,
    description: def?.scope?.description ?? null, firstDate: first, sources: [...(def?.sources ?? [])], members: counts,
  };
}
