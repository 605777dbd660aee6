import type { Sentence } from '../../core/analysis.js';
import type { MentionIndex } from './mention-index.js';
import { isCap, type Scan, type TokenSpan } from './scan.js';

/** A source already found, as the pronoun resolver sees it. */
export interface PriorSource {
  readonly sentence: number;
  /** Where the source is named (for a pronoun: its antecedent), and what it links to. */
  readonly named: TokenSpan;
  readonly entities: readonly string[];
  /** A person ("Trump", "the spokesman"), a body ("the ministry", "the statement") or a group ("officials"). */
  readonly kind: SourceKind;
  readonly position: number;
}

export type SourceKind = 'person' | 'body' | 'group';

const AGREES: Record<'singular' | 'plural' | 'thing', readonly SourceKind[]> = {
  singular: ['person'], plural: ['group', 'body'], thing: ['body'],
};

export interface Antecedent { readonly span: TokenSpan; readonly entities: readonly string[] }

const LOOKBACK_SENTENCES = 6;
const FRAME_LOOKBACK = 2;

/**
 * What a pronoun source ("he said", "they said", "one said") refers to: the entity stage's
 * pronoun link when there is one; else, going back sentence by sentence, the last source of a
 * frame that agrees in number, or the first person named in the sentence (its subject, most often).
 */
export function resolvePronoun(scan: Scan, sentences: readonly Sentence[], at: number, sentence: number,
  priors: readonly PriorSource[], mentions: MentionIndex): Antecedent | null {
  const t = scan.tokens[at]!;
  const number = scan.k.pronouns.get(t.lower);
  if (!number || number === 'self') return null;
  // A source that spoke just before is the likeliest referent of "he said" (news quotes alternate
  // a named source and its pronoun); the entity stage's link comes next, then the sentence subjects.
  const agrees = AGREES[number];
  let p = priors.length - 1;
  for (let s = sentence; s >= 0 && sentence - s <= FRAME_LOOKBACK; s--) {
    for (; p >= 0 && priors[p]!.sentence >= s; p--) {
      const prior = priors[p]!;
      if (prior.sentence === s && prior.position < at && agrees.includes(prior.kind)) return { span: prior.named, entities: prior.entities };
    }
  }
  const linked = mentions.at(at);
  if (linked && linked.via === 'pronoun') {
    const full = fullMentionBefore(scan, mentions, linked.entityId, at);
    if (full) return { span: full, entities: [linked.entityId] };
  }
  if (number !== 'singular') return null;
  for (let s = sentence; s >= 0 && sentence - s <= LOOKBACK_SENTENCES; s--) {
    const person = firstPerson(scan, sentences[s]!, s === sentence ? at : sentences[s]!.tokenEnd, mentions);
    if (person) return person;
  }
  return null;
}

function fullMentionBefore(scan: Scan, mentions: MentionIndex, id: string, at: number): TokenSpan | null {
  for (let i = at - 1; i >= 0 && at - i < 2000; i--) {
    const m = mentions.at(i);
    if (m && m.entityId === id && m.via !== 'pronoun') return { first: m.tokenStart, last: m.tokenEnd - 1 };
  }
  return null;
}

/** The first person named in a sentence outside quotations: a person mention, else a name-like phrase. */
function firstPerson(scan: Scan, s: Sentence, before: number, mentions: MentionIndex): Antecedent | null {
  const { tokens, inQuote } = scan;
  for (let i = s.tokenStart; i < before; i++) {
    if (inQuote[i]) continue;
    const m = mentions.at(i);
    if (m) {
      if (m.via !== 'pronoun' && mentions.entity(m.entityId)?.kind === 'person') {
        return { span: { first: m.tokenStart, last: m.tokenEnd - 1 }, entities: [m.entityId] };
      }
      i = m.tokenEnd - 1;
      continue;
    }
    // Without a person mention: two capitalized words or a title and a name ("Ms. White").
    const t = tokens[i]!;
    if (!isCap(t) || scan.k.clauseOpeners.has(t.lower) || scan.k.determiners.has(t.lower)) continue;
    let j = i;
    while (j + 1 < before && isCap(tokens[j + 1]) && !inQuote[j + 1] && !mentions.at(j + 1)) j++;
    if (j > i && !tokens.slice(i, j + 1).some((x) => scan.k.bodyNouns.has(x.lower))) {
      return { span: { first: i, last: j }, entities: [] };
    }
    i = j;
  }
  return null;
}
