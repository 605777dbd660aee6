import { ANY_SUBJECT } from '../claims/proposition.js';
import { periodEnd, periodStart } from '../dates.js';
import type { MembershipFact, MembershipReport } from '../membership/evidence.js';
import { stateAsOf } from '../membership/lifecycle.js';
import { STAGE_RANK, type Stage } from '../vocabulary.js';

export type Outcome = 'pending' | 'fulfilled' | 'failed';

/**
 * A prediction as resolution reads it.
 *
 * @example { madeOn: '2020-10-21', deadline: '2020-11-02', docDate: '2020-10-21', subjects: [] }
 */
export interface PredictionFacts {
  readonly madeOn: string | null;
  readonly deadline: string | null;
  readonly docDate: string;
  /** The states the prediction names as actors; empty for "another country". */
  readonly subjects: readonly string[];
}

/** Resolution through an agreement's lifecycle: someone reaching `stage` in time. */
export interface LifecycleTarget {
  readonly kind: 'lifecycle';
  readonly stage: Exclude<Stage, 'withdrawn' | 'expected'>;
  readonly reports: readonly MembershipReport[];
  readonly facts: readonly MembershipFact[];
  /** States that never count as the predicted actor (the agreement's counterpart and brokers). */
  readonly excluded: ReadonlySet<string>;
}

/** Resolution through a claim: the predicted proposition reported as a fact in time. */
export interface ClaimTarget {
  readonly kind: 'claim';
  readonly reports: readonly { readonly subject: string; readonly doc: string; readonly date: string; readonly status: string }[];
}

export interface Resolution {
  readonly outcome: Outcome;
  readonly resolvedBy: { readonly doc: string; readonly date: string } | null;
}

/**
 * A prediction's outcome as of a date. It is fulfilled when, between its making and its deadline
 * (and by `asOf`), a named actor — or, for "another country", any state not already there when the
 * prediction was made — reaches the predicted stage or is reported to do the predicted thing;
 * failed once the deadline has passed without that; pending otherwise.
 *
 * @example resolvePrediction(p, target, '2021-01-21') // { outcome: 'failed', resolvedBy: null }
 */
export function resolvePrediction(p: PredictionFacts, target: LifecycleTarget | ClaimTarget, asOf: string): Resolution {
  const from = minDate(periodStart(p.madeOn) ?? p.docDate, p.docDate);
  const madeBy = minDate(periodEnd(p.madeOn) ?? p.docDate, p.docDate);
  const deadline = periodEnd(p.deadline);
  const until = deadline && deadline < asOf ? deadline : asOf;
  const hit = target.kind === 'lifecycle' ? lifecycleHit(p, target, from, madeBy, until) : claimHit(p, target, from, madeBy, until);
  if (hit) return { outcome: 'fulfilled', resolvedBy: hit };
  if (deadline && asOf > deadline) return { outcome: 'failed', resolvedBy: null };
  return { outcome: 'pending', resolvedBy: null };
}

function lifecycleHit(p: PredictionFacts, t: LifecycleTarget, from: string, madeBy: string, until: string) {
  const want = STAGE_RANK[t.stage];
  const rankAt = (state: string, d: string) => {
    const m = stateAsOf(state, t.reports.filter((r) => r.state === state), t.facts.filter((f) => f.state === state), d);
    return m && m.stage !== 'withdrawn' ? { rank: STAGE_RANK[m.stage], m } : null;
  };
  const all = new Set([...t.reports.map((r) => r.state), ...t.facts.map((f) => f.state)]);
  const candidates = p.subjects.length ? p.subjects : [...all].filter((s) => !t.excluded.has(s) && (rankAt(s, madeBy)?.rank ?? 0) < want);
  let best: { doc: string; date: string } | null = null;
  for (const state of candidates) {
    const dates = [...new Set([...t.reports.filter((r) => r.state === state).map((r) => r.date),
      ...t.facts.filter((f) => f.state === state).map((f) => f.date)])].filter((d) => d >= from && d <= until).sort();
    for (const d of dates) {
      const at = rankAt(state, d);
      if (!at || at.rank < want) continue;
      const src = at.m.sources.find((s) => s.date === d) ?? at.m.sources[0];
      if (!best || d < best.date) best = { doc: src.doc, date: d };
      break;
    }
  }
  return best;
}

function claimHit(p: PredictionFacts, t: ClaimTarget, from: string, madeBy: string, until: string) {
  const fact = (s: string) => s === 'occurred' || s === 'ongoing';
  const already = new Set(t.reports.filter((r) => fact(r.status) && r.date < madeBy).map((r) => r.subject));
  const open = p.subjects.length === 0;
  const hits = t.reports
    .filter((r) => fact(r.status) && r.date >= from && r.date <= until)
    .filter((r) => (open ? !already.has(r.subject) || r.subject === ANY_SUBJECT : p.subjects.includes(r.subject)))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return hits.length ? { doc: hits[0].doc, date: hits[0].date } : null;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
