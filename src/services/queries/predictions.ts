import type { PloverType } from '../../core/contract.js';
import { ANY_SUBJECT } from '../../kb/claims/proposition.js';
import { daysBetween } from '../../kb/dates.js';
import type { AgreementDef } from '../../kb/membership/catalog.js';
import type { EventEvidence } from '../../kb/membership/evidence.js';
import { resolvePrediction, type ClaimTarget, type LifecycleTarget, type Outcome } from '../../kb/predictions/resolve.js';
import { ACTION_STAGE, actionOf } from '../../kb/vocabulary.js';
import { claimReports } from '../../store/claim-reads.js';
import { agreementsOfDocument } from '../../store/membership-reads.js';
import { predictionRows, type PredictionRow } from '../../store/prediction-reads.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { membershipContext, type MembershipContext } from './membership-context.js';

/**
 * One row of `accords predictions` (CONTRACT.md §2).
 *
 * @example { predictor: 'person:donald-trump', text: '…', madeOn: '2025-10', deadline: '2025-12-31',
 *   event: { type: 'AGREE', mode: 'join', source: ['SAU'], agreement: 'agreement:abraham-accords' },
 *   outcome: 'pending', resolvedBy: null }
 */
export interface PredictionOut {
  predictor: string;
  text: string;
  madeOn: string | null;
  deadline: string | null;
  event: { type: PloverType; mode: string | null; source: string[]; agreement: string | null };
  outcome: Outcome;
  resolvedBy: { doc: string } | null;
  /** Additive: the document it was made in, the claim it predicts, the day it was resolved. */
  doc: string;
  claim: string;
  resolvedOn: string | null;
}

/** Every prediction with its outcome as of `asOf`. */
export async function predictions(kb: KnowledgeBase, opts: { asOf: string; predictor?: string }): Promise<PredictionOut[]> {
  // A prediction exists from the day it was reported.
  const rows = sameForecastOnce((await predictionRows(kb.db, opts.predictor)).filter((p) => p.docDate <= opts.asOf));
  const contexts = new Map<string, Promise<MembershipContext>>();
  const contextOf = (id: string, def: AgreementDef | null) => {
    if (!contexts.has(id)) contexts.set(id, membershipContext(kb, id, def));
    return contexts.get(id)!;
  };
  const out: PredictionOut[] = [];
  for (const p of rows) {
    const target = await targetOf(kb, p, contextOf);
    const subjects = target.kind === 'lifecycle'
      ? statesOf(p.event).filter((s) => !target.excluded.has(s))
      : (() => { const s = p.claimId.split('|')[0]; return s === ANY_SUBJECT ? [] : [s]; })();
    const r = resolvePrediction({ madeOn: p.madeOn, deadline: p.deadline, docDate: p.docDate, subjects }, target, opts.asOf);
    out.push({
      predictor: p.predictor, text: p.text, madeOn: p.madeOn, deadline: p.deadline,
      event: { type: p.event.type as PloverType, mode: p.event.mode, source: sourcesOf(p.event), agreement: p.event.agreement },
      outcome: r.outcome, resolvedBy: r.resolvedBy ? { doc: r.resolvedBy.doc } : null,
      doc: p.doc, claim: p.claimId, resolvedOn: r.resolvedBy?.date ?? null,
    });
  }
  return out;
}

/**
 * What would fulfil a prediction. A lifecycle act (joining, normalizing, signing, ratifying) is
 * judged on the agreement it names, else the agreement whose scope it fits, else the agreement its
 * document is about; anything else on its own claim.
 */
async function targetOf(kb: KnowledgeBase, p: PredictionRow, contextOf: (id: string, def: AgreementDef | null) => Promise<MembershipContext>): Promise<LifecycleTarget | ClaimTarget> {
  const e = p.event;
  const action = actionOf(e.type, e.mode, true);
  if (action && action !== 'withdraw') {
    const states = statesOf(e);
    let def: AgreementDef | null = null;
    let agreement = e.agreement;
    if (agreement) def = kb.catalog.agreements.find((a) => a.id === agreement) ?? null;
    else {
      def = kb.catalog.agreements.find((a) => a.scope && states.includes(a.scope.counterpart)) ?? null;
      agreement = def?.id ?? (await agreementsOfDocument(kb.db, p.doc))[0] ?? null;
      if (agreement && !def) def = kb.catalog.agreements.find((a) => a.id === agreement) ?? null;
    }
    if (agreement) {
      const ctx = await contextOf(agreement, def);
      const stage = ACTION_STAGE[action] as LifecycleTarget['stage'];
      const excluded = new Set([...(def?.scope ? [def.scope.counterpart] : []), ...(def?.scope?.brokers ?? [])]);
      return { kind: 'lifecycle', stage, reports: ctx.reports, facts: ctx.facts, excluded };
    }
  }
  const [subject, predicate, object] = p.claimId.split('|');
  const rows = await claimReports(kb.db, subject === ANY_SUBJECT ? { predicate, object: object || null } : { claimIds: [p.claimId] });
  return { kind: 'claim', reports: rows.map((r) => ({ subject: r.subject, doc: r.doc, date: r.eventDate, status: r.status })) };
}

/**
 * An article often restates one forecast ("he expects…", then the quote): the same predictor, the
 * same predicted claim and the same deadline (give or take a day) in one document count once, so
 * that track records do not count it twice.
 */
function sameForecastOnce(rows: readonly PredictionRow[]): PredictionRow[] {
  const kept: PredictionRow[] = [];
  for (const r of rows) {
    const twin = kept.find((k) => k.doc === r.doc && k.predictor === r.predictor && k.claimId === r.claimId
      && (k.deadline === r.deadline || (!!k.deadline && !!r.deadline && Math.abs(daysBetween(k.deadline, r.deadline)) <= 1)));
    if (!twin) kept.push(r);
    // Of two readings of one deadline, the later: the forecast has not failed before either has passed.
    else if (r.deadline && twin.deadline && r.deadline > twin.deadline) kept[kept.indexOf(twin)] = r;
  }
  return kept;
}

function statesOf(e: EventEvidence): string[] {
  return [...new Set(e.parties.map((x) => x.state).filter((s): s is string => !!s && /^[A-Z]{3}$/.test(s)))];
}

function sourcesOf(e: EventEvidence): string[] {
  return [...new Set(e.parties.filter((x) => x.role === 'source').map((x) => x.state ?? x.entity))];
}

/** A predictor's track record: how many of their predictions came true, failed, or are pending. */
export function trackRecords(list: readonly PredictionOut[]): { predictor: string; fulfilled: number; failed: number; pending: number }[] {
  const by = new Map<string, { predictor: string; fulfilled: number; failed: number; pending: number }>();
  for (const p of list) {
    const r = by.get(p.predictor) ?? { predictor: p.predictor, fulfilled: 0, failed: 0, pending: 0 };
    r[p.outcome]++;
    by.set(p.predictor, r);
  }
  return [...by.values()].sort((a, b) => (a.predictor < b.predictor ? -1 : 1));
}
