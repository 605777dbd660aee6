import type { AttributionOut, EventStatus } from '../../core/contract.js';
import { claimStatusAsOf, type ClaimStatus } from '../../kb/claims/claim-status.js';
import { isAnnouncedJoining } from '../../kb/claims/announced-joining.js';
import { claimReports, type ClaimReportRow } from '../../store/claim-reads.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { resolveEntity } from './resolve-entity.js';

/**
 * One row of `accords claims` (CONTRACT.md §2), with its history up to the as-of date.
 *
 * @example { id: 'ARE|sign|ISR', summary: 'ARE signs ISR', subject: 'ARE', predicate: 'sign', object: 'ISR',
 *   status: 'occurred', history: [{ doc: '2020-08-13_…', date: '2020-08-13', status: 'expected', attribution: [] }, …] }
 */
export interface ClaimOut {
  id: string;
  summary: string;
  subject: string;
  predicate: string;
  object: string | null;
  status: ClaimStatus;
  history: HistoryOut[];
}

export interface HistoryOut {
  doc: string;
  date: string;
  status: EventStatus;
  attribution: AttributionOut[];
  /** When the reported event happened or is due to count from (additive to the contract). */
  eventDate: string;
  evidence: { start: number; end: number; text: string };
}

/** Claims about an entity (or all), each with its dated history and its status as of `asOf`. */
export async function claims(kb: KnowledgeBase, opts: { entity?: string; asOf: string }): Promise<ClaimOut[]> {
  const entity = opts.entity ? await resolveEntity(kb, opts.entity) : undefined;
  const rows = await claimReports(kb.db, { entity });
  return groupClaims(rows, opts.asOf, kb.catalog.announcementCues);
}

/** Claims from their reports; a joining told as a done announcement is reported as occurred. */
export function groupClaims(rows: readonly ClaimReportRow[], asOf: string, announcementCues: readonly string[] = []): ClaimOut[] {
  const byClaim = new Map<string, ClaimReportRow[]>();
  for (const r of rows) if (r.docDate <= asOf) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  const out: ClaimOut[] = [];
  for (const [id, reports] of byClaim) {
    const history: HistoryOut[] = reports.map((r) => ({
      doc: r.doc, date: r.docDate, attribution: r.attribution, eventDate: r.eventDate, evidence: r.evidence,
      status: (isAnnouncedJoining({ ...r.event, status: r.status }, announcementCues) ? 'occurred' : r.status) as EventStatus,
    }));
    const status = claimStatusAsOf(history, asOf);
    if (!status) continue;
    const c = reports[0];
    out.push({ id, summary: c.summary, subject: c.subject, predicate: c.predicate, object: c.object, status, history });
  }
  return out.sort((a, b) => (a.history[0].date < b.history[0].date ? -1 : a.history[0].date > b.history[0].date ? 1 : a.id < b.id ? -1 : 1));
}
