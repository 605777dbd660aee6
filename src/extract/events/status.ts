import type { Token } from '../../core/analysis.js';
import type { EventStatus } from '../../core/contract.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';
import type { StatusCues } from '../../lang/en/events/status-cues.js';
import type { VerbGroup } from './verb-group.js';

/** What the status model reads besides the verb group: the sentence around the event. */
export interface StatusContext {
  readonly tokens: readonly Token[];
  readonly sentStart: number;
  readonly sentEnd: number;
  /** Where the clause of the event starts (its subject), to look for a condition or a framing verb before it. */
  readonly clauseStart: number;
  /** The event is reported by someone (a report frame covers it, or a reporting verb precedes it). */
  readonly reported: boolean;
}

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo']);
const ADVERBIAL = new Set(['because', 'although', 'though', 'while', 'whereas', 'after', 'before', 'when', 'since']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re"]);

/**
 * The status of a verbal event, from its verb group, a condition ("if"), a framing verb
 * ("believes", "hopes") and its tense. Precedence: denial, then condition, modality and control,
 * then aspect and tense.
 *
 * @example verbStatus(group("will not sign"), ctx, cues, words)  // 'denied'
 */
export function verbStatus(g: VerbGroup, ctx: StatusContext, cues: StatusCues, words: ClauseWords): EventStatus {
  if (g.negated || g.controllers.some((c) => c.status === 'denied')) return 'denied';
  if (g.nounController?.status === 'denied') return 'denied';
  const untold = withheld(ctx, g.start, cues);
  if (untold) return untold;
  const conditional = inCondition(ctx, g.start, cues);
  if (g.modal) {
    if (FUTURE_MODALS.has(g.modal)) return conditional ? 'possible' : g.controllers[0]?.status === 'possible' ? 'possible' : 'expected';
    if (g.modal === 'would' || g.modal === "'d") {
      if (g.controllers[0]?.status === 'ongoing') return 'ongoing';
      if (!conditional && ctx.reported && !hasConditionAfter(ctx, g.head, cues) && framing(ctx, g.start, cues) !== 'possible') return 'expected';
    }
    // "I am sure we can reach an understanding": certainty over an ability is an expectation
    if (!conditional && framing(ctx, g.start, cues) === 'expected') return 'expected';
    return 'possible';
  }
  if (conditional) return 'possible';
  const lead = g.controllers[0];
  if (lead && lead.status !== 'occurred') {
    if (lead.status === 'expected' && g.past && !g.perfect && !cues.schedules.has(lead.lemma)) return 'occurred';
    return lead.status;
  }
  if (g.nounController) return g.nounController.status;
  if (g.bareInfinitive) return 'expected';
  const frame = framing(ctx, g.start, cues);
  if (frame) return frame;
  if (g.progressive) return g.past ? 'occurred' : 'ongoing';
  // "is suspected of", "are accused of": a present passive states a standing condition
  if (g.passive && !g.perfect && !g.past && PRESENT_BE.has(ctx.tokens[g.head - 1]?.lower ?? '')) return 'ongoing';
  if (g.perfect || g.past || g.passive) return 'occurred';
  if (g.form === 'present' && g.controllers.length === 0) return 'ongoing';
  // "to help support": the helped act is as planned as the help
  const before = ctx.tokens[g.start - 1]?.lower ?? '';
  if (g.form === 'base' && (before === 'help' || before === 'helps') && ctx.tokens[g.start - 2]?.lower === 'to') return 'expected';
  if (g.form === 'base' && g.start === g.head && !words.auxiliaries.has(before)) return 'ongoing';
  return 'occurred';
}

/**
 * The event sits in what someone would not tell: "refused to say which side was to blame" →
 * denied, "did not say whether" → possible (our annotation guide, convention 4).
 */
export function withheld(ctx: StatusContext, from: number, cues: StatusCues): EventStatus | null {
  for (let i = from - 1; i >= ctx.sentStart && i >= from - 10; i--) {
    const w = ctx.tokens[i]!.lower;
    if (w === ';' || w === '.' || w === ',') return null;
    if (!cues.disclosures.has(w)) continue;
    const prev = ctx.tokens[i - 1]?.lower ?? '';
    if (cues.negations.has(prev)) return 'possible';
    if (prev !== 'to') return null;
    const ctl = ctx.tokens[i - 2]?.lower ?? '';
    const lemmas = [ctl, ctl.replace(/d$/, ''), ctl.replace(/ed$/, ''), ctl.replace(/s$/, '')];
    return lemmas.some((l) => cues.controllers.get(l) === 'denied') ? 'denied' : null;
  }
  return null;
}

/** The clause of the event sits inside "if …" or "unless …" (within the same sentence, before any comma that closes it). */
export function inCondition(ctx: StatusContext, from: number, cues: StatusCues): boolean {
  for (let i = from - 1; i >= ctx.sentStart; i--) {
    const w = ctx.tokens[i]!.lower;
    if (cues.conditions.has(w)) return true;
    if (w === ';' || w === ':' || w === '.' || w === 'that' || w === 'but') return false;
    if (w === ',' && i < from - 1) return false;
  }
  return false;
}

function hasConditionAfter(ctx: StatusContext, from: number, cues: StatusCues): boolean {
  for (let i = from + 1; i < ctx.sentEnd; i++) {
    const w = ctx.tokens[i]!.lower;
    if (cues.conditions.has(w) && w !== 'whether') return true;
    if (w === 'event' && ctx.tokens[i - 1]?.lower === 'the' && ctx.tokens[i - 2]?.lower === 'in') return true;
    if (w === ';' || w === '.') return false;
  }
  return false;
}

/** The condition word ("if", "unless") that follows an event in its sentence, if any. */
export function conditionAfter(tokens: readonly Token[], from: number, to: number): 'if' | 'unless' | null {
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.lower;
    if (w === 'if' || w === 'unless') return w;
    if (w === ';' || w === '.') return null;
  }
  return null;
}

/** A framing word by its inflections: "hoped" → hope, "fears" → fear, "believing" → believe. */
export function framingOf(cues: StatusCues, w: string): EventStatus | undefined {
  const f = cues.framing;
  const n = w.length;
  return f.get(w)
    ?? (w.endsWith('s') || w.endsWith('d') ? f.get(w.slice(0, n - 1)) : undefined)
    ?? (w.endsWith('ed') ? f.get(w.slice(0, n - 2)) : undefined)
    ?? (w.endsWith('ing') ? f.get(w.slice(0, n - 3)) ?? f.get(`${w.slice(0, n - 3)}e`) : undefined);
}

/** A framing verb or adjective before the clause ("believes that", "hopes", "unlikely"). */
function framing(ctx: StatusContext, from: number, cues: StatusCues): EventStatus | null {
  // a long subject ("officials accused of playing a role in the country's genocide") may stand between
  // the framing verb and the event; a reporting verb opens another speaker's frame
  for (let i = Math.min(from, ctx.clauseStart) - 1; i >= ctx.sentStart && i >= from - 24; i--) {
    const w = ctx.tokens[i]!.lower;
    // "unlikely to … because the prime minister cast him as …": a framing word does not reach into an adverbial clause
    if (w === ';' || w === '.' || cues.reportingVerbs.has(w) || ADVERBIAL.has(w)) return null;
    const s = framingOf(cues, w);
    if (s) return s;
  }
  return null;
}

/**
 * The status of an event noun ("planned talks", "no meeting planned", "its entry … could happen"):
 * its own modifiers first, then the verb group of the clause it stands in.
 */
export function nounStatus(head: number, ctx: StatusContext, cues: StatusCues, words: ClauseWords): EventStatus | null {
  const { tokens } = ctx;
  for (let i = head - 1; i >= ctx.sentStart && i >= head - 5; i--) {
    const w = tokens[i]!.lower;
    const s = cues.nounModifiers.get(w);
    if (s) return s;
    if (words.prepositions.has(w) || w === ',' || words.auxiliaries.has(w)) break;
  }
  for (let i = head + 1; i < ctx.sentEnd && i <= head + 6; i++) {
    const w = tokens[i]!.lower;
    if (w === ',' || w === ';' || w === '.') break;
    const s = cues.nounModifiers.get(w);
    if (s && s !== 'denied' && (w.endsWith('ed') || w === 'due')) return s;
    if (cues.modals.has(w)) {
      const m = cues.modals.get(w)!;
      const neg = cues.negations.has(tokens[i + 1]?.lower ?? '');
      return neg ? 'denied' : m;
    }
    if (words.clauseVerbs.has(w) && !words.auxiliaries.has(w)) break;
  }
  return null;
}
