import { membersAsOf } from '../../kb/membership/lifecycle.js';
import type { Stage } from '../../kb/vocabulary.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { membershipContext } from './membership-context.js';
import { namesOf } from './names.js';
import { resolveAgreement } from './resolve-entity.js';

/**
 * One row of `accords members` (CONTRACT.md §2). A reference source has no span: `start`/`end` are null.
 *
 * @example { state: 'ARE', name: 'United Arab Emirates', status: 'signed', since: '2020-09-15',
 *            sources: [{ doc: '2020-09-15_uae-bahrain-sign-at-white-house', start: 87, end: 231 }] }
 */
export interface MemberOut {
  state: string;
  name: string;
  status: Stage;
  since: string;
  sources: { doc: string; start: number | null; end: number | null }[];
}

/** Who is in an agreement as of a date, since when, and says who. */
export async function members(kb: KnowledgeBase, agreementRef: string, asOf: string): Promise<MemberOut[]> {
  const { id, def } = await resolveAgreement(kb, agreementRef);
  const ctx = await membershipContext(kb, id, def);
  const rows = membersAsOf(ctx.reports, ctx.facts, asOf);
  const names = await namesOf(kb.db, rows.map((r) => r.state));
  return rows.map((r) => ({
    state: r.state, name: names.get(r.state) ?? r.state, status: r.stage, since: r.since,
    sources: r.sources.map((s) => ({ doc: s.doc, start: s.start, end: s.end })),
  }));
}
