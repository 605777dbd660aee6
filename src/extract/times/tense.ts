import type { TenseCues } from '../../lang/en/times/index.js';
import type { Cursor } from './cursor.js';
import { BASE, GERUND, PARTICIPLE, PAST, PRESENT3, type VerbForms } from './verb-forms.js';

/** −1 past, +1 future, 0 present; null when the clause gives no cue. */
export type Tense = -1 | 0 | 1;

const WINDOW = 12;
const FUTURE_BEFORE_PARTICIPLE = new Set(['will', "'ll", 'to', 'shall', 'would', 'be']);
const GET_PASSIVE = new Set(['get', 'gets', 'getting', 'got', 'gotten']);
/** Modals whose base verb points ahead: "could come Tuesday", "will meet Friday". */
const FUTURE_BEFORE_BASE = new Set(['will', "'ll", 'shall', 'would', 'could', 'might', 'may', 'should', 'must', 'can']);

// Per-token cue codes: 0 not read yet, then NONE, BREAK, or the tense + 3 (2 past … 4 future).
const NONE = 1;
const BREAK = 5;

/**
 * The tense of the clause governing a time expression: the nearest cue on the left ("met on
 * Friday", "will meet Friday", "is expected Thursday", "to resume trading Tuesday"), else the
 * nearest on the right ("Friday, the company said"), else past: news mostly reports. Each
 * token's cue is read once per document, however many expressions look at it.
 *
 * @example new TenseReader(c, verbs, cues).at(3, 4) // "They met on Friday" → -1
 */
export class TenseReader {
  private readonly codes: Uint8Array;

  constructor(private readonly c: Cursor, private readonly verbs: VerbForms, private readonly cues: TenseCues) {
    this.codes = new Uint8Array(c.tokens.length);
  }

  /** The tense for the expression at tokens [start, end) of the cursor's current sentence. */
  at(start: number, end: number): Tense {
    const c = this.c;
    // "(4 a.m. EDT Thursday)" restates a time of the clause around the parentheses
    const left = c.w(start - 1) === '(' ? start - 2 : start - 1;
    for (let j = left, n = 0; j >= c.first && n < WINDOW; j--, n++) {
      const code = this.code(j);
      if (code === BREAK) break;
      if (code !== NONE) return (code - 3) as Tense;
    }
    for (let j = end, n = 0; j < c.limit && n < WINDOW; j++, n++) {
      const code = this.code(j);
      if (code === BREAK) break;
      if (code !== NONE) return (code - 3) as Tense;
    }
    return -1;
  }

  private code(j: number): number {
    let code = this.codes[j]!;
    if (code === 0) {
      if (isBreak(this.c, this.cues, j)) code = BREAK;
      else {
        const t = cueAt(this.c, this.verbs, this.cues, j);
        code = t === null ? NONE : t + 3;
      }
      this.codes[j] = code;
    }
    return code;
  }
}

// A doubled quote mark (`` or '') opens or closes a quotation, another clause.
function isBreak(c: Cursor, cues: TenseCues, j: number): boolean {
  const w = c.w(j);
  if (cues.clauseBreaks.has(w)) return true;
  return (w === "'" || w === '`') && (c.w(j - 1) === w || c.w(j + 1) === w);
}

// A weekday, month, day word or holiday right after a verb: "ruled Wednesday", "to resume Tuesday".
function timeFollows(c: Cursor, j: number): boolean {
  const next = c.w(j + 1);
  return c.k.weekdays.has(next) || c.k.months.has(next) || c.k.dayWords.has(next) || c.k.holidays.has(next);
}

function cueAt(c: Cursor, verbs: VerbForms, cues: TenseCues, j: number): Tense | null {
  if (c.kind(j) !== 'word') return null;
  const w = c.w(j);
  const next = c.w(j + 1);
  if (cues.future.has(w)) return 1;
  // "next to the embassy", "coming from Cuba", "set a deadline": not pointing ahead
  // "due to expire" points ahead, "due to the storm" gives a cause
  const cause = next === 'to' && cues.determiners.has(c.w(j + 2));
  if (cues.prospective.has(w) && !cues.prospectiveUnless.get(w)?.has(next) && !cause) {
    // "had been due to expire Friday", "had been scheduled": a plan from before, now past
    const prev = c.w(j - 1);
    return prev === 'had' || prev === 'been' && c.w(j - 2) === 'had' ? -1 : 1;
  }
  if (w === 'going' && next === 'to') return 1;
  if (cues.past.has(w)) return -1;
  if (w === 'is' || w === 'are' || w === 'am') {
    // "is meeting Friday": the progressive points ahead
    if (verbs.of(next) & GERUND) return 1;
    return 0;
  }
  // "has met", "have agreed": the present perfect reports the past
  if ((w === 'has' || w === 'have') && verbs.of(next) & PARTICIPLE) return -1;
  if (cues.present.has(w)) return 0;
  const forms = verbs.of(w);
  const prev = c.w(j - 1);
  // "to resume trading Tuesday", "could come Tuesday": an infinitive looks ahead, unless a past
  // perfect governs it ("had been due to expire Friday": the plan is over)
  if (forms & BASE && (prev === 'to' || FUTURE_BEFORE_BASE.has(prev))) return prev === 'to' && pastPerfect(c, j - 2) ? -1 : 1;
  if (prev === 'to' && forms === 0 && looksLikeVerb(c, cues, j)) return pastPerfect(c, j - 2) ? -1 : 1;
  const participle = (forms & PARTICIPLE) !== 0;
  // "will be held", "to be completed", "will be paid": a passive infinitive looks ahead
  if (participle && FUTURE_BEFORE_PARTICIPLE.has(prev)) return 1;
  // "getting beat up": a passive with "get", whose own verb carries the tense
  if ((participle || forms & PAST) && GET_PASSIVE.has(prev)) return null;
  // capitalized words are names ("United", "Ted"), not verbs
  if (c.isCapitalized(j) && j > c.first) return null;
  if (forms & PAST || participle) {
    // "the reduced dividend", "Series H preferred shares": an adjective, not a verb
    if (cues.determiners.has(prev) || c.isNumber(j - 1)) return null;
    // after a name, "-ed" is the name's verb when an object or the time follows ("Castro attended a
    // rally", "the Service ruled Wednesday"); before a noun it is an adjective
    if (c.isCapitalized(j - 1) && j - 1 > c.first && !timeFollows(c, j) && !cues.afterVerb.has(next)) return null;
    return -1;
  }
  // "They meet Monday", "Arafat meet separately": a plain present after a subject
  if (forms & BASE && (cues.subjects.has(prev) || c.isCapitalized(j - 1) && j - 1 > c.first)) return 0;
  if (forms & PRESENT3) return 0;
  return null;
}

// "had planned", "had been due", "had been scheduled" ending at token k
function pastPerfect(c: Cursor, k: number): boolean {
  return c.w(k - 1) === 'had' || c.w(k - 1) === 'been' && c.w(k - 2) === 'had';
}

// An unknown lower-case word after "to" is an infinitive when an object or the time follows it
// ("to repatriate the child", "to resume trading Tuesday"), not in "to total assets".
function looksLikeVerb(c: Cursor, cues: TenseCues, j: number): boolean {
  const w = c.w(j);
  if (c.isCapitalized(j) || cues.determiners.has(w) || cues.afterVerb.has(w) || cues.notVerbs.has(w)) return false;
  if (w.endsWith('s') && !w.endsWith('ss')) return false;
  const next = c.w(j + 1);
  return timeFollows(c, j) || cues.afterVerb.has(next) || next.endsWith('ing') || c.kind(j + 1) === 'word' && c.isCapitalized(j + 1);
}
