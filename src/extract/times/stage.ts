import type { Analysis, TimeExpr } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { TimeKnowledge } from '../../lang/en/times/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { parseYmd } from './calendar-math.js';
import { dayAfterAside, onDayOf } from './clock-day.js';
import { Cursor } from './cursor.js';
import { NameFilter } from './filter.js';
import { newDiscourse, resolve, type Discourse } from './resolve.js';
import type { Hit, TimeSpec } from './spec.js';
import { scanSentence } from './scan.js';
import { scanUnits } from './scan-units.js';
import { signalBefore } from './signal.js';
import { Starters } from './starters.js';
import { TenseReader, type Tense } from './tense.js';
import { VerbForms } from './verb-forms.js';

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const DATED_VALUE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\dWQHX])/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/**
 * Finds TIMEX3 expressions (span, type, value, mod) and resolves them against the document date,
 * the tense of their clause and the dates mentioned before them.
 *
 * @example
 * new TimeStage(pack.times, pack.verbs).run(ctx, analysis).times
 * // [{ text: 'Thursday evening', type: 'TIME', value: '2025-11-06TEV', … }]
 */
export class TimeStage implements Stage {
  readonly name = 'times';
  private readonly starters: Starters;
  private readonly verbForms: VerbForms;
  private readonly names: NameFilter;
  /** Phrase-prefix sets of the lexicons, shared by every document's cursor. */
  private readonly prefixCache = new Map<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

  constructor(private readonly k: TimeKnowledge, verbs: VerbLexicon) {
    this.verbForms = new VerbForms(verbs);
    this.starters = new Starters(k);
    this.names = new NameFilter(k.namedTitles, k.nameHeads);
  }

  // Tense matters only to a calendar date without a direction word ("Friday", "March 3").
  private tenseOf(c: Cursor, tenses: TenseReader, h: Hit, signal: string | null): Tense {
    const cues = this.k.tense;
    // "Wednesday's ruling": a day that already has something to its name is behind us
    if (c.w(h.end) === "'s") return -1;
    if (signal !== null && cues.backwardSignals.has(signal)) return -1;
    const range = signal === 'to' && rangeEnd(c, h.start);
    const tense = tenses.at(h.start, h.end) ?? withoutVerb(h.spec, range);
    // "was extended to Nov. 16", "loans through January": the signal points ahead of the report
    if (tense < 0 && signal !== null && cues.forwardSignals.has(signal) && !range) return 0;
    return tense;
  }

  run(ctx: StageContext, a: Analysis): Analysis {
    if (!DAY_VALUE.test(ctx.documentDate)) {
      ctx.debug(() => `times: document date "${ctx.documentDate}" is not YYYY-MM-DD; relative times stay unresolved`);
    }
    const dct = DAY_VALUE.test(ctx.documentDate) ? parseYmd(ctx.documentDate) : null;
    const d: Discourse = newDiscourse(dct ?? { y: 1, m: 1, d: 1 });
    const c = new Cursor(a.text, a.tokens, this.k, this.prefixCache, ctx.scratch);
    const tenses = new TenseReader(c, this.verbForms, this.k.tense);
    const times: TimeExpr[] = [];
    for (const unit of scanUnits(a.sentences, a.tokens)) {
      c.first = unit.first;
      c.limit = unit.limit;
      const hits = scanSentence(c, this.starters);
      const valueOf = (h: Hit, signal: string | null, sentence: number) => {
        const tense = h.spec.kind === 'calendar' && h.spec.dir === null ? this.tenseOf(c, tenses, h, signal) : 0;
        return resolve(h.spec, d, tense, sentence);
      };
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k]!;
        const sentence = a.tokens[h.start]!.sentence;
        if (this.names.rejects(c, h, a)) continue;
        const signal = signalBefore(c, h.start, this.k.signals);
        const r = valueOf(h, signal, sentence);
        const dayHit = dct ? dayAfterAside(c, hits, k) : -1;
        const onDay = dayHit < 0 || !r.value ? null : onDayOf(r.value, valueOf(hits[dayHit]!, signalBefore(c, hits[dayHit]!.start, this.k.signals), sentence).value);
        const value = onDay ?? (dct || h.spec.kind === 'fixed' ? r.value : null);
        if (value && h.setsContext !== false && setsContext(h.spec)) remember(d, value, sentence, !indefinite(c, h));
        const start = a.tokens[h.start]!.start;
        const end = a.tokens[h.end - 1]!.end;
        times.push({
          start, end, text: a.text.slice(start, end), type: r.type, value, sentence,
          mod: h.mod, inferred: h.inferred ?? h.spec.kind !== 'fixed',
          signal,
        });
      }
    }
    return { ...a, times };
  }
}

// With no verb to go by, a day is the nearest one ("her first stop Tuesday morning", "each
// Thursday from August 6"); a bare month or a range's end is one gone by ("in January", "from
// Sept. 14 to Thursday"): news mostly reports.
function withoutVerb(spec: TimeSpec, range: boolean): Tense {
  if (range || spec.kind !== 'calendar') return -1;
  return spec.fields.weekday !== undefined || spec.fields.day !== undefined ? 0 : -1;
}

// "bought from Sept. 14 to Thursday": the end of a range, not a point ahead of the report
function rangeEnd(c: Cursor, start: number): boolean {
  for (let j = start - 2; j >= c.first && j >= start - 8; j--) if (c.w(j) === 'from') return true;
  return false;
}

// "a year ago" or "the year-ago quarter" point away from the period under discussion, so they
// do not become the new reference for "the quarter".
function setsContext(spec: TimeSpec): boolean {
  if (spec.kind === 'quarter') return spec.yearShift === 0;
  if (spec.kind === 'shift') return spec.amount >= 0 || spec.unit === 'day';
  return true;
}

// "After a flat second quarter, …": an indefinite quarter is an aside, not the quarter under
// discussion; in "a third-quarter loss" the article goes with the loss
const INDEFINITE = new Set(['a', 'an']);

function indefinite(c: Cursor, h: Hit): boolean {
  for (let j = h.start; j < h.end; j++) if (c.w(j) === '-') return false;
  if (INDEFINITE.has(c.w(h.start)) || INDEFINITE.has(c.w(h.start - 1))) return true;
  return INDEFINITE.has(c.w(h.start - 2)) && c.kind(h.start - 1) === 'word' && !c.isCapitalized(h.start - 1);
}

function remember(d: Discourse, value: string, sentence: number, definite: boolean): void {
  const q = QUARTER_VALUE.exec(value);
  if (q && definite) d.quarter = { y: +q[1]!, q: +q[2]! };
  const m = DATED_VALUE.exec(value);
  if (!m) return;
  const at = { y: +m[1]!, m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 };
  // one object for every precision the value has: a month told after the last day is then
  // `refs.month !== refs.day`
  const point = { at, sentence };
  d.refs.year = point;
  if (m[2]) d.refs.month = point;
  if (m[3]) d.refs.day = point;
}
