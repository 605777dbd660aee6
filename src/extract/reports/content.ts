import type { Sentence } from '../../core/analysis.js';
import { datelineEnd } from '../dateline.js';
import { phraseStartingAt } from './phrase.js';
import { isCueVerb, type Scan, type TokenSpan } from './scan.js';

const LOOK_FOR_THAT = 16;
const ADJUNCT_STARTS = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'last', 'this', 'earlier', 'later',
  'today', 'yesterday', 'tonight', 'to', 'from', 'by', 'with', 'as', 'of', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'again', 'also', 'late', 'early',
  'and', 'but', 'then', 'so',
]);

/** The span without punctuation and quotation marks at its edges; null when nothing is left. */
function trimmed(scan: Scan, first: number, last: number): TokenSpan | null {
  const { tokens } = scan;
  while (first <= last && (tokens[first]!.kind === 'punct' || tokens[first]!.kind === 'quote' || tokens[first]!.lower === 'that')) first++;
  while (last >= first && (tokens[last]!.kind === 'punct' || tokens[last]!.kind === 'quote')) last--;
  return last >= first ? { first, last } : null;
}

/**
 * What follows the cue: after "that" or ":" when they come soon, past an addressee ("told reporters").
 * A reporting verb before the "that" opens a clause of its own ("said Clinton reassured them that
 * …"): the content starts right after the cue and holds that clause.
 */
export function contentAfter(scan: Scan, s: Sentence, cue: TokenSpan, lemma: string): TokenSpan | null {
  const { tokens, inQuote } = scan;
  let start = cue.last + 1;
  for (let j = start; j < s.tokenEnd && j - start < LOOK_FOR_THAT; j++) {
    const t = tokens[j]!;
    if (inQuote[j] || t.kind === 'quote') break;
    if (j > start && t.kind === 'word' && isCueVerb(scan, t.lower)) break;
    if (t.lower === 'that' || t.text === ':') { start = j + 1; return trimmed(scan, start, s.tokenEnd - 1); }
    if (t.text === '.' || t.text === ';') break;
  }
  if (scan.k.addresseeVerbs.has(lemma) || scan.k.addresseeVerbs.has(scan.verbs.lemma(lemma))) {
    const addressee = phraseStartingAt(scan, start, s.tokenEnd);
    if (addressee) start = addressee.last + 1;
  }
  return trimmed(scan, start, clauseEnd(scan, s, cue));
}

const SUBORDINATORS = new Set(['when', 'after', 'while', 'as', 'if', 'because', 'although', 'though', 'since', 'before', 'until', 'once', 'whenever']);
const SUBORDINATOR_REACH = 8;

/**
 * Where a frame's content ends: the sentence end, or, for a frame inside a subordinate clause
 * ("When Trump announced his bid, he called …"), the comma that closes that clause.
 */
function clauseEnd(scan: Scan, s: Sentence, cue: TokenSpan): number {
  const { tokens, inQuote } = scan;
  let sub = false;
  for (let j = cue.first - 1; j >= s.tokenStart && cue.first - j <= SUBORDINATOR_REACH; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || t.kind === 'quote') break;
    if (SUBORDINATORS.has(t.lower)) { sub = true; break; }
  }
  if (!sub) return s.tokenEnd - 1;
  for (let j = cue.last + 1; j < s.tokenEnd; j++) if (tokens[j]!.text === ',' && !inQuote[j]) return j - 1;
  return s.tokenEnd - 1;
}

/**
 * The content when the source sits after it ("…,” the spokesman said", "Kazakhstan will join,
 * officials said on Monday"), or around it ("The outreach, they said, raised new worries").
 * Null when the content follows the cue instead.
 */
export function contentBefore(scan: Scan, s: Sentence, speaker: TokenSpan, cue: TokenSpan): TokenSpan | null {
  const { tokens } = scan;
  if (speaker.first <= s.tokenStart) return null;
  const sep = tokens[speaker.first - 1]!;
  if (sep.text !== ',' && sep.kind !== 'quote' && sep.text !== '—' && sep.text !== '–') return null;
  const left = trimmed(scan, s.tokenStart, speaker.first - 1);
  // "WASHINGTON —", "NEW YORK (AP) —": a dateline before the dash is where the story was filed
  if (!left || sep.kind === 'punct' && sep.text !== ',' && datelineEnd(tokens, left.first, scan.k.dateline) === speaker.first) return null;
  let r = cue.last + 1;
  while (r < s.tokenEnd && tokens[r]!.kind === 'quote') r++;
  const next = tokens[r];
  if (!next || r >= s.tokenEnd || next.text === '.' || next.text === '!' || next.text === '?') return left;
  if (next.lower === 'that' || next.text === ':' || next.kind === 'quote') return null;
  if (next.text === ',') {
    const right = trimmed(scan, r + 1, s.tokenEnd - 1);
    // ", citing sources" / ", adding that …": a participle of the frame, not more content
    if (right && /ing$/.test(tokens[right.first]!.lower) && tokens[right.first]!.kind === 'word') return left;
    const quotedLeft = sep.kind === 'quote' || tokens[speaker.first - 2]?.kind === 'quote';
    return quotedLeft || !right ? left : { first: left.first, last: right.last };
  }
  if (ADJUNCT_STARTS.has(next.lower)) return left;
  // "“…,” he told reporters", but not "After the debate, Trump told reporters he …": an opening
  // adjunct is no content
  if (scan.k.addresseeVerbs.has(scan.verbs.lemma(tokens[cue.first]!.lower))) {
    return sep.kind !== 'quote' && scan.k.clauseOpeners.has(tokens[left.first]!.lower) ? null : left;
  }
  return null;
}

/** "X, according to Y" (content before) or "According to Y, X" (content after). */
export function contentAround(scan: Scan, s: Sentence, cue: TokenSpan, speaker: TokenSpan): TokenSpan | null {
  const { tokens } = scan;
  const left = trimmed(scan, s.tokenStart, cue.first - 1);
  let words = 0;
  if (left) for (let i = left.first; i <= left.last; i++) if (tokens[i]!.kind === 'word') words++;
  if (left && words >= 2) return left;
  let j = speaker.last + 1;
  while (j < s.tokenEnd && tokens[j]!.text !== ',') j++;
  return trimmed(scan, j + 1, s.tokenEnd - 1);
}

/** "…,” said a senior official who …": the content before; "The visit, said X, was postponed": around. */
export function contentAroundInverted(scan: Scan, s: Sentence, cue: TokenSpan, speaker: TokenSpan): TokenSpan | null {
  const { tokens } = scan;
  const left = trimmed(scan, s.tokenStart, cue.first - 1);
  const next = tokens[speaker.last + 1];
  if (!left || !next || speaker.last + 1 >= s.tokenEnd || next.text !== ',') return left;
  const right = trimmed(scan, speaker.last + 2, s.tokenEnd - 1);
  if (!right || tokens[right.first]!.kind !== 'word' || /ing$|^(?:who|which|a|an|the)$/.test(tokens[right.first]!.lower)) return left;
  const quotedLeft = tokens[cue.first - 1]?.kind === 'quote' || tokens[cue.first - 2]?.kind === 'quote';
  return quotedLeft ? left : { first: left.first, last: right.last };
}
