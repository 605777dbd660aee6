import type { AgreementDef } from '../../kb/membership/catalog.js';
import type { MembershipFact, MembershipReport } from '../../kb/membership/evidence.js';
import { membershipReports } from '../../kb/membership/reports.js';
import { docsNaming, eventEvidence, firstReport, membershipFacts } from '../../store/membership-reads.js';
import type { KnowledgeBase } from '../knowledge-base.js';

/** Everything membership answers about one agreement are derived from. */
export interface MembershipContext {
  readonly agreement: string;
  readonly def: AgreementDef | null;
  readonly reports: readonly MembershipReport[];
  readonly facts: readonly MembershipFact[];
}

/**
 * Loads the dated history of one agreement's memberships: reference facts and the membership
 * reports of every stored event that bears on it.
 *
 * @example const ctx = await membershipContext(kb, 'agreement:abraham-accords', def);
 */
export async function membershipContext(kb: KnowledgeBase, agreement: string, def: AgreementDef | null): Promise<MembershipContext> {
  // The context does not depend on the as-of date: a server answers every date of a slider from one load.
  return kb.cache ? kb.cache.get(`membership:${agreement}:${def?.id ?? ''}`, () => load(kb, agreement, def)) : load(kb, agreement, def);
}

async function load(kb: KnowledgeBase, agreement: string, def: AgreementDef | null): Promise<MembershipContext> {
  const scope = def?.scope ?? null;
  const [events, facts, first, brokerDocs] = await Promise.all([
    eventEvidence(kb.db, agreement, scope?.counterpart ?? null, (def?.bodies ?? []).map((b) => b.id)),
    membershipFacts(kb.db, agreement),
    firstReport(kb.db, agreement),
    docsNaming(kb.db, scope?.brokers ?? []),
  ]);
  const effective = def ?? { id: agreement, name: agreement, aliases: [], scope: null, sources: [] };
  return { agreement, def, facts, reports: membershipReports(effective, events, { firstReport: first, brokerDocs, announcementCues: kb.catalog.announcementCues }) };
}
