import { groupBy } from '../../core/group-by.js';
import { isAnnouncedJoining } from '../claims/announced-joining.js';
import { sentenceCounterparties } from '../claims/sentence-twin.js';
import { addDays, effectiveDate } from '../dates.js';
import { actionOf } from '../vocabulary.js';
import type { AgreementDef } from './catalog.js';
import type { EventEvidence, MembershipReport } from './evidence.js';

/** What the agreement's implicit scope needs to know beyond the events themselves. */
export interface ScopeContext {
  /** The first day any document or reference record speaks of the agreement; null if none does. */
  readonly firstReport: string | null;
  /** Documents that name one of the agreement's brokers. */
  readonly brokerDocs: ReadonlySet<string>;
  /** Reporting cues that make a joining an announcement (see `AgreementCatalog`). */
  readonly announcementCues?: readonly string[];
}

/**
 * The membership reports a set of events make about one agreement. An event naming the agreement
 * reports on its sources (and, for a signing, its co-signers); an event naming no agreement counts
 * only through the agreement's scope (see `AgreementScope`); an event naming another agreement
 * never counts. Predicted events are left to prediction tracking.
 *
 * @example membershipReports(abrahamAccords, events, { firstReport: '2020-08-13', brokerDocs })
 */
export function membershipReports(def: AgreementDef, events: readonly EventEvidence[], ctx: ScopeContext): MembershipReport[] {
  const out: MembershipReport[] = [];
  const brokers = new Set(def.scope?.brokers ?? []);
  // Grouped once: looking up an event's sentence-mates by scanning every event is quadratic.
  const byDoc = groupBy(events, (e) => e.docId);
  for (let e of events) {
    if (e.predicted) continue;
    if (isAnnouncedJoining(e, ctx.announcementCues ?? [])) {
      // The step is the announcement: it counts from the day the text gives it, if any.
      e = { ...e, status: 'occurred', date: effectiveDate('occurred', e.timeValue ?? announcedOn(e), e.docDate) };
    }
    if (e.agreement === def.id) {
      const action = actionOf(e.type, e.mode, true);
      if (!action) continue;
      const states = statesOf(e, action === 'sign' ? ['source', 'target'] : ['source']).filter((s) => !brokers.has(s));
      for (const s of states) out.push(report(e, s, action, false));
    } else if (e.agreement === null && joinsBody(e, def)) {
      out.push(...bodyReports(e).filter((r) => !brokers.has(r.state)));
    } else if (e.agreement === null && def.scope) {
      out.push(...implicitReports(def, withCounterpartOfSentence(e, byDoc.get(e.docId)!), ctx, brokers));
    }
  }
  return out;
}

/**
 * The day an announcement was made, when its sentence names one day in the week up to the report
 * ("announced on Thursday that Kazakhstan will join"): the joining itself lies ahead, so a past
 * day in that sentence is the announcement's.
 */
function announcedOn(e: EventEvidence): string | null {
  const week = addDays(e.docDate, -7);
  const days = [...new Set((e.sentenceDays ?? []).filter((d) => d <= e.docDate && d >= week))];
  return days.length === 1 ? days[0]! : null;
}

function joinsBody(e: EventEvidence, def: AgreementDef): boolean {
  if (!def.bodies?.length) return false;
  return e.parties.some((p) => p.role === 'target' && def.bodies!.some((b) => b.id === p.entity));
}

/**
 * A state joining (or leaving) a body the agreement founded: a member once it has joined, so the
 * agreement is in force for it ("Finland joined NATO" on 2023-04-04); an awaited joining is
 * expected. Only the body's own verbs count: "join" and "withdraw from".
 */
function bodyReports(e: EventEvidence): MembershipReport[] {
  const action = e.mode === 'join' ? 'ratify' : e.mode === 'withdraw' ? 'withdraw' : null;
  if (!action) return [];
  return statesOf(e, ['source']).map((s) => report(e, s, action, false));
}

function implicitReports(def: AgreementDef, e: EventEvidence, ctx: ScopeContext, brokers: ReadonlySet<string>): MembershipReport[] {
  const scope = def.scope!;
  const action = actionOf(e.type, e.mode, false);
  if (action !== 'join' && action !== 'sign') return [];
  // Only facts: an expected or hoped-for normalization names no agreement, so it says nothing of one.
  if (e.status !== 'occurred') return [];
  if (ctx.firstReport === null || e.date < ctx.firstReport) return [];
  if (brokers.size && !ctx.brokerDocs.has(e.docId)) return [];
  const states = statesOf(e, ['source', 'target']);
  if (!states.includes(scope.counterpart)) return [];
  const others = states.filter((s) => s !== scope.counterpart && !brokers.has(s));
  if (others.length === 0 || others.length > scope.maxNewParties) return [];
  return [...others, scope.counterpart].map((s) => report(e, s, action, true));
}

/** Adds the counterparties a same-sentence normalization names (see `sentenceCounterparties`); `sameDoc` are the events of e's document. */
function withCounterpartOfSentence(e: EventEvidence, sameDoc: readonly EventEvidence[]): EventEvidence {
  const shape = (x: EventEvidence) => ({
    ...x, sentenceKey: `${x.docId}@${x.span.start}`,
    source: x.parties.filter((p) => p.role === 'source'), target: x.parties.filter((p) => p.role === 'target'),
  });
  const extra = sentenceCounterparties(shape(e), sameDoc.map(shape));
  if (!extra.length) return e;
  return { ...e, parties: [...e.parties, ...extra.map((p) => ({ role: 'target' as const, entity: p.entity, state: p.state }))] };
}

function statesOf(e: EventEvidence, roles: readonly string[]): string[] {
  const states = e.parties.filter((p) => roles.includes(p.role) && p.state && /^[A-Z]{3}$/.test(p.state)).map((p) => p.state!);
  return [...new Set(states)];
}

function report(e: EventEvidence, state: string, action: MembershipReport['action'], implicit: boolean): MembershipReport {
  return { state, action, status: e.status, date: e.date, doc: e.docId, start: e.span.start, end: e.span.end, implicit };
}
