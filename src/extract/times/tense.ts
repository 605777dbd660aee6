import type { TenseCues } from '../../lang/en/times/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import type { Cursor } from './cursor.js';

/** −1 past, +1 future, 0 present; null when the clause gives no cue. */
export type Tense = -1 | 0 | 1;

const WINDOW = 12;
const FUTURE_BEFORE_PARTICIPLE = new Set(['will', "'ll", 'to', 'shall', 'would', 'be']);

/**
 * The tense of the clause governing tokens [start, end): the nearest cue on the left ("met on
 * Friday", "will meet Friday", "is expected Thursday", "to resume trading Tuesday"), else the
 * nearest on the right ("Friday, the company said"), else past: news mostly reports.
 *
 * @example tenseAt(c, verbs, cues, 3, 4) // "They met on Friday" → -1
 */
export function tenseAt(c: Cursor, verbs: VerbLexicon, cues: TenseCues, start: number, end: number): Tense {
  for (let j = start - 1, n = 0; j >= c.first && n < WINDOW; j--, n++) {
    if (cues.clauseBreaks.has(c.w(j))) break;
    const t = cueAt(c, verbs, cues, j);
    if (t !== null) return t;
  }
  for (let j = end, n = 0; j < c.limit && n < WINDOW; j++, n++) {
    if (cues.clauseBreaks.has(c.w(j))) break;
    const t = cueAt(c, verbs, cues, j);
    if (t !== null) return t;
  }
  return -1;
}

function cueAt(c: Cursor, verbs: VerbLexicon, cues: TenseCues, j: number): Tense | null {
  const t = c.tok(j);
  if (!t || t.kind !== 'word') return null;
  const w = c.w(j);
  if (cues.future.has(w)) return 1;
  if (cues.prospective.has(w)) return 1;
  if (w === 'going' && c.w(j + 1) === 'to') return 1;
  if (cues.past.has(w)) return -1;
  if (w === 'is' || w === 'are' || w === 'am') {
    // "is meeting Friday": the progressive points ahead
    if (verbs.formsOf(c.w(j + 1)).includes('gerund')) return 1;
    return 0;
  }
  // "has met", "have agreed": the present perfect reports the past
  if ((w === 'has' || w === 'have') && verbs.formsOf(c.w(j + 1)).some((f) => f === 'participle' || f === 'past_or_participle')) return -1;
  if (cues.present.has(w)) return 0;
  // capitalized words are names ("United", "Ted"), not verbs
  if (c.isCapitalized(j) && j > c.first) return null;
  const forms = verbs.formsOf(w);
  const prev = c.w(j - 1);
  // "to resume trading Tuesday": an infinitive looks ahead
  if (prev === 'to' && forms.includes('base')) return 1;
  if (forms.includes('past')) return -1;
  if (forms.includes('past_or_participle') || forms.includes('participle')) {
    // "the reduced dividend", "Series H preferred shares": an adjective, not a verb
    if (cues.determiners.has(prev) || c.isNumber(j - 1) || (c.isCapitalized(j - 1) && j - 1 > c.first)) return null;
    // "will be held", "to be completed", "could be signed": a passive infinitive looks ahead
    if (FUTURE_BEFORE_PARTICIPLE.has(prev)) return 1;
    return -1;
  }
  if (forms.includes('present3')) return 0;
  return null;
}
