import type { Token } from '../../core/analysis.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';
import { findSubject } from './arguments.js';
import type { EventDraft } from './draft.js';

const REACH = 12;
const ADJUNCT_REACH = 30;

/**
 * One attack told in several words is one ASSAULT (our annotation guide: an event is annotated once
 * per sentence that reports it): its result (", killing 20"), the verbs that share its subject
 * ("killed one soldier and wounded two others") and the verb it is the subject of ("a roadside
 * bombing killed"). The later word is dropped; it lends the first its recipient and actor when the first has none. Attacks with
 * subjects of their own ("Israel shelled Gaza and Hamas fired rockets") stay apart, and so does the
 * attack a killing happened in ("were killed in Israeli shelling"), which CAMEO coders count apart.
 *
 * @example mergeAttackParts([bombing, killed], tokens, s.tokenStart, words)  // [bombing]
 */
export function mergeAttackParts(drafts: EventDraft[], tokens: readonly Token[], sentStart: number, words: ClauseWords): EventDraft[] {
  const out: EventDraft[] = [];
  // each word of an attack already told, with the draft that tells it ("killing or wounding": "wounding" joins via "killing")
  const told: Array<[EventDraft, EventDraft]> = [];
  for (const d of drafts) {
    const hit = d.type === 'ASSAULT' ? told.find(([w]) => partOf(w, d, tokens, sentStart, words)) : undefined;
    if (!hit) { out.push(d); if (d.type === 'ASSAULT') told.push([d, d]); continue; }
    const first = hit[1];
    if (!first.target.length) first.target = d.target;
    if (!first.source.length) first.source = d.source;
    told.push([d, first]);
  }
  return out;
}

function partOf(e: EventDraft, d: EventDraft, tokens: readonly Token[], sentStart: number, words: ClauseWords): boolean {
  if (e.match.last >= d.match.head) return false;
  const isVerb = (x: EventDraft) => x.match.trigger.group.pos === 'verb';
  const start = d.group?.start ?? d.match.head;
  const before = tokens[start - 1]?.lower ?? '';
  // ", killing about 20 people", ", killing or wounding 50": a result adjunct of the clause's attack
  if (isVerb(d) && tokens[d.match.head]!.lower.endsWith('ing') && (before === ',' || before === 'or' || before === 'and')) {
    return d.match.head - e.match.last <= ADJUNCT_REACH && oneClause(tokens, e.match.last + 1, start - 1, words);
  }
  if (d.match.head - e.match.last > REACH) return false;
  // "killed one U.S. soldier and wounded two others": a second verb with no subject of its own
  if (isVerb(e) && isVerb(d) && (before === 'and' || before === 'or') && !d.explicitSource && plain(tokens, e.match.last + 1, start - 1, words)) return true;
  // "a roadside bombing near Samarra killed": the attack heads the subject of the verb
  if (isVerb(e) || !isVerb(d) || d.group?.passive) return false;
  const after = tokens[e.match.last + 1]!;
  if (e.match.last + 1 !== start && !words.prepositions.has(after.lower)) return false;
  const subject = findSubject(tokens, sentStart, start, words);
  return subject.kind === 'np' && subject.spans.some((x) => x.start <= e.match.head && e.match.last < x.end);
}

/** No clause opens between two tokens ("that", "who", a semicolon). */
function oneClause(tokens: readonly Token[], from: number, to: number, words: ClauseWords): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.lower === ';' || words.subordinators.has(t.lower) && t.lower !== 'as' || words.relatives.has(t.lower)) return false;
  }
  return true;
}

/** No clause boundary (punctuation, "that", "who", "and") between two tokens. */
function plain(tokens: readonly Token[], from: number, to: number, words: ClauseWords): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || words.subordinators.has(t.lower) || words.relatives.has(t.lower) || t.lower === 'and') return false;
  }
  return true;
}
