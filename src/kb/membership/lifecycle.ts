import { claimStatusAsOf } from '../claims/claim-status.js';
import { ACTION_STAGE, STAGE_RANK, type Action, type Stage } from '../vocabulary.js';
import type { MembershipFact, MembershipReport, SourceRef } from './evidence.js';

/**
 * A state's place in an agreement's lifecycle as of a date.
 *
 * @example { state: 'BHR', stage: 'signed', since: '2020-09-15', sources: [{ doc: '2020-09-15_…', start: 0, end: 120, date: '2020-09-15' }] }
 */
export interface MemberStatus {
  readonly state: string;
  readonly stage: Stage;
  readonly since: string;
  readonly sources: readonly SourceRef[];
}

interface Candidate { rank: number; date: string; source: SourceRef }

/**
 * Every state's membership as of `asOf`, derived from dated history only (so the order documents
 * were ingested in never matters). Per state and action, the reports up to `asOf` give a claim
 * status: a fact reaches the action's stage, a standing expectation (not since denied) the
 * `expected` stage. Reference facts count from their date. A signing matched only through the
 * agreement's scope counts for a state already announced by then. A withdrawal after the
 * highest stage ends the membership.
 */
export function membersAsOf(reports: readonly MembershipReport[], facts: readonly MembershipFact[], asOf: string): MemberStatus[] {
  const states = new Set([...reports.map((r) => r.state), ...facts.map((f) => f.state)]);
  const out: MemberStatus[] = [];
  for (const state of states) {
    const m = stateAsOf(state, reports.filter((r) => r.state === state), facts.filter((f) => f.state === state), asOf);
    if (m) out.push(m);
  }
  return out.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.state < b.state ? -1 : 1));
}

export function stateAsOf(state: string, reports: readonly MembershipReport[], facts: readonly MembershipFact[], asOf: string): MemberStatus | null {
  const known = reports.filter((r) => r.date <= asOf);
  const cands: Candidate[] = [];
  let withdrawal: Candidate | null = null;
  for (const f of facts) {
    if (f.date > asOf) continue;
    const c = { rank: f.stage === 'withdrawn' ? 0 : STAGE_RANK[f.stage], date: f.date, source: { doc: f.source, start: null, end: null, date: f.date } };
    if (f.stage === 'withdrawn') withdrawal = earliest(withdrawal, c);
    else cands.push(c);
  }
  const announcedOn = firstDate([...cands.filter((c) => c.rank >= STAGE_RANK.announced),
    ...fromAction(known.filter((r) => r.action === 'join'), 'join', asOf)]);
  for (const action of ['join', 'sign', 'ratify', 'withdraw'] as const) {
    let group = known.filter((r) => r.action === action);
    if (action === 'sign') group = group.filter((r) => !r.implicit || (announcedOn !== null && r.date >= announcedOn));
    const got = fromAction(group, action, asOf);
    if (action === 'withdraw') for (const c of got) if (c.rank === 0) withdrawal = earliest(withdrawal, c);
    if (action !== 'withdraw') cands.push(...got);
  }
  if (!cands.length && !withdrawal) return null;
  const top = Math.max(0, ...cands.map((c) => c.rank));
  const best = cands.filter((c) => c.rank === top).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (withdrawal && (!best.length || withdrawal.date >= best[0].date)) {
    return { state, stage: 'withdrawn', since: withdrawal.date, sources: [withdrawal.source] };
  }
  const stage = (Object.keys(STAGE_RANK) as (keyof typeof STAGE_RANK)[]).find((k) => STAGE_RANK[k] === top)!;
  return { state, stage, since: best[0].date, sources: dedupe(best.map((c) => c.source)) };
}

/** The candidates one action's reports give: its stage when a fact, `expected` when awaited. */
function fromAction(group: readonly MembershipReport[], action: Action, asOf: string): Candidate[] {
  if (!group.length) return [];
  const history = group.map((r) => ({ doc: r.doc, date: r.date, status: r.status }));
  const status = claimStatusAsOf(history, asOf);
  const src = (r: MembershipReport): SourceRef => ({ doc: r.doc, start: r.start, end: r.end, date: r.date });
  if (status === 'occurred' || status === 'ongoing') {
    const stage = ACTION_STAGE[action];
    const rank = stage === 'withdrawn' ? 0 : STAGE_RANK[stage];
    return group.filter((r) => r.status === 'occurred' || r.status === 'ongoing').map((r) => ({ rank, date: r.date, source: src(r) }));
  }
  if (status === 'expected' && action !== 'withdraw') {
    // Only the expectation standing since the last denial counts.
    const lastDenial = group.filter((r) => r.status === 'denied').map((r) => r.date).sort().pop() ?? '';
    return group.filter((r) => r.status === 'expected' && !r.implicit && r.date >= lastDenial)
      .map((r) => ({ rank: STAGE_RANK.expected, date: r.date, source: src(r) }));
  }
  return [];
}

function firstDate(cs: readonly Candidate[]): string | null {
  return cs.map((c) => c.date).sort()[0] ?? null;
}

function earliest(a: Candidate | null, b: Candidate): Candidate {
  return !a || b.date < a.date ? b : a;
}

function dedupe(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const k = `${s.doc}|${s.start}|${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
