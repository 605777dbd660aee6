import type { TenseCues } from '../../lang/en/times/index.js';
import type { Cursor } from './cursor.js';
import { BASE, GERUND, PARTICIPLE, PAST, PRESENT3, type VerbForms } from './verb-forms.js';

/** −1 past, +1 future, 0 present; null when the clause gives no cue. */
export type Tense = -1 | 0 | 1;

const WINDOW = 12;
const FUTURE_BEFORE_PARTICIPLE = new Set(['will', "'ll", 'shall', 'would']);
const GET_PASSIVE = new Set(['get', 'gets', 'getting', 'got', 'gotten']);
/** Modals whose base verb points ahead: "could come Tuesday", "will meet Friday". */
const FUTURE_BEFORE_BASE = new Set(['will', "'ll", 'shall', 'would', 'could', 'might', 'may', 'should', 'must', 'can']);

// Per-token cue codes: 0 not read yet, then NONE, BREAK, INFINITIVE, or the tense + 3 (2 past … 4 future).
const NONE = 1;
const BREAK = 5;
const INFINITIVE = 6;

/** What one token says: a tense, an infinitive (ahead of the verb that governs it), or nothing. */
type Cue = Tense | 'infinitive' | null;

/**
 * The tense of the clause governing a time expression: the nearest cue on the left ("met on
 * Friday", "will meet Friday", "is expected Thursday"), else the nearest on the right ("Friday,
 * the company said"), else null: the caller knows what a date without a verb most often means.
 * An infinitive ("to resume trading Tuesday") points ahead of the verb that governs it: ahead
 * when that verb is present or future ("is to resume"), the nearest day when it is past ("staged
 * celebrations to mark the entry on Friday").
 * Each token's cue is read once per document, however many expressions look at it.
 *
 * @example new TenseReader(c, verbs, cues).at(3, 4) // "They met on Friday" → -1
 */
export class TenseReader {
  private readonly codes: Uint8Array;

  constructor(private readonly c: Cursor, private readonly verbs: VerbForms, private readonly cues: TenseCues) {
    this.codes = c.scratch.u8(c.tokens.length);
  }

  /** The tense for the expression at tokens [start, end) of the cursor's current sentence, or null when no cue is found. */
  at(start: number, end: number): Tense | null {
    const c = this.c;
    // "(4 a.m. EDT Thursday)" restates a time of the clause around the parentheses
    const left = c.w(start - 1) === '(' ? start - 2 : start - 1;
    let infinitive = false;
    for (let j = left, n = 0; j >= c.first && n < WINDOW; j--, n++) {
      const code = this.code(j);
      if (code === BREAK) break;
      // the verb governing an infinitive may sit a window further back
      if (code === INFINITIVE) { if (!infinitive) n = 0; infinitive = true; }
      else if (code !== NONE) return governed(code - 3 as Tense, infinitive);
    }
    for (let j = end, n = 0; j < c.limit && n < WINDOW; j++, n++) {
      const code = this.code(j);
      if (code === BREAK) break;
      if (code === INFINITIVE) infinitive = true;
      else if (code !== NONE) return governed(code - 3 as Tense, infinitive);
    }
    return infinitive ? 1 : null;
  }

  private code(j: number): number {
    let code = this.codes[j]!;
    if (code === 0) {
      if (isBreak(this.c, this.cues, j)) code = BREAK;
      else {
        const t = cueAt(this.c, this.verbs, this.cues, j);
        code = t === null ? NONE : t === 'infinitive' ? INFINITIVE : t + 3;
      }
      this.codes[j] = code;
    }
    return code;
  }
}

// An infinitive under a past verb may be over or still ahead; under a present or future one it is ahead.
function governed(t: Tense, infinitive: boolean): Tense {
  return infinitive ? (t < 0 ? 0 : 1) : t;
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

function cueAt(c: Cursor, verbs: VerbForms, cues: TenseCues, j: number): Cue {
  if (c.kind(j) !== 'word') return null;
  const w = c.w(j);
  const next = c.w(j + 1);
  if (cues.future.has(w)) return 1;
  // "Until Thursday, they had not called him a suspect": a fronted signal leaves the tense to the
  // clause it opens
  if (j === c.first && cues.forwardSignals.has(w)) return null;
  // "postponed until Tuesday", "extended its deadline until Tuesday": a deferral points ahead
  if (w === 'until' || w === 'till') return deferred(c, cues, j) ? 1 : null;
  // "could not be reached Wednesday": in news, an ability that failed, not a plan
  if (cues.pastAbility.has(w) && failed(c, cues, j)) return 0;
  // "Protesters planned a march on Saturday": a plan told in the past may be over or still ahead
  if (cues.pastPlans.has(w) && !cues.pastPlansUnless.has(c.w(j - 1))) return 0;
  // "next to the embassy", "coming from Cuba", "set a deadline": not pointing ahead
  // "due to expire" points ahead, "due to the storm" gives a cause
  const cause = next === 'to' && cues.determiners.has(c.w(j + 2));
  const only = cues.prospectiveOnly.get(w);
  if (cues.prospective.has(w) && !cues.prospectiveUnless.get(w)?.has(next) && (!only || only.has(next)) && !cause) {
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
  // "could come Tuesday": a modal looks ahead; "to resume trading Tuesday": an infinitive looks
  // ahead of its governing verb, unless a past perfect governs it ("had been due to expire Friday")
  if (forms & BASE && FUTURE_BEFORE_BASE.has(prev)) return 1;
  if (prev === 'to' && (forms & BASE || forms === 0 && looksLikeVerb(c, cues, j))) return pastPerfect(c, j - 2) ? -1 : 'infinitive';
  const participle = (forms & PARTICIPLE) !== 0;
  // "will be held", "to be completed", "will be paid": a passive infinitive looks ahead
  if (participle && prev === 'be') return passiveAfterBe(c, cues, j - 2);
  if (participle && FUTURE_BEFORE_PARTICIPLE.has(prev)) return 1;
  // "getting beat up": a passive with "get", whose own verb carries the tense
  if ((participle || forms & PAST) && GET_PASSIVE.has(prev)) return null;
  // capitalized words are names ("United", "Ted"), not verbs
  if (c.isCapitalized(j) && j > c.first) return null;
  if (forms & PAST || participle) {
    // "the reduced dividend", "Series H preferred shares", "a still unspecified date": an
    // adjective, not a verb
    if (cues.determiners.has(prev) || c.isNumber(j - 1)) return null;
    if (cues.premodifier(prev) && cues.determiners.has(c.w(j - 2))) return null;
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

// "will be held" ahead, "to be completed" ahead of its governing verb, "could not be located" a
// failed ability (0); k is the token before "be"
function passiveAfterBe(c: Cursor, cues: TenseCues, k: number): Cue {
  const at = cues.negations.has(c.w(k)) ? k - 1 : k;
  const w = c.w(at);
  if (cues.pastAbility.has(w)) return failed(c, cues, at) ? 0 : 1;
  return w === 'to' ? 'infinitive' : 1;
}

// A deferral verb (or "put off", "pushed back") within three words before "until" at j
function deferred(c: Cursor, cues: TenseCues, j: number): boolean {
  for (let k = j - 1; k >= c.first && k >= j - 3; k--) if (cues.deferrals.has(c.w(k))) return true;
  return false;
}

// A negated modal at token j: "could not", "Neither he nor his aides could"
function failed(c: Cursor, cues: TenseCues, j: number): boolean {
  if (cues.negations.has(c.w(j + 1))) return true;
  for (let k = j - 1; k >= c.first && k >= j - 6; k--) if (cues.negations.has(c.w(k))) return true;
  return false;
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
