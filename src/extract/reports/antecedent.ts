import type { Sentence } from '../../core/analysis.js';
import type { MentionIndex } from './mention-index.js';
import { headOf, isCap, type Scan, type TokenSpan } from './scan.js';
import { clauseSubject } from './subject.js';

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

/**
 * What a pronoun source refers to: the tokens naming it and the entities they link to.
 *
 * @example { span: { first: 12, last: 14 }, entities: ['person:jared-kushner'] }
 */
export interface Antecedent { readonly span: TokenSpan; readonly entities: readonly string[] }

const LOOKBACK_SENTENCES = 6;

/**
 * What a pronoun source ("he said", "they said", "one said") refers to, by salience (Hobbs;
 * centering): going back sentence by sentence from the pronoun, the first sentence that has a
 * source of a frame agreeing in number (news quotes alternate a named source and its pronoun), else
 * a subject that can be the referent ("Jared Kushner said …. Asked whether …, he said"). A subject
 * that is itself a pronoun of the same number continues the chain further back. The entity stage's
 * pronoun link, which knows gender, decides between people of one sentence and where no subject is
 * found; the first person named in a sentence is the last resort.
 */
export function resolvePronoun(scan: Scan, sentences: readonly Sentence[], at: number, sentence: number,
  priors: readonly PriorSource[], mentions: MentionIndex): Antecedent | null {
  const t = scan.tokens[at]!;
  const number = scan.k.pronouns.get(t.lower);
  if (!number || number === 'self') return null;
  const agrees = AGREES[number];
  const linked = mentions.at(at);
  const link = linked && linked.via === 'pronoun' ? linked.entityId : null;
  let p = priors.length - 1;
  for (let s = sentence; s >= 0 && sentence - s <= LOOKBACK_SENTENCES; s--) {
    const sent = sentences[s]!;
    const before = s === sentence ? at : sent.tokenEnd;
    let found: Antecedent | null = null;
    for (; p >= 0 && priors[p]!.sentence >= s; p--) {
      const prior = priors[p]!;
      if (!found && prior.sentence === s && prior.position < at && agrees.includes(prior.kind)) found = { span: prior.named, entities: prior.entities };
    }
    let chain = false;
    if (!found && number !== 'thing') {
      const subj = subjectOf(scan, sent, before, mentions, number);
      if (subj === 'chain') chain = true; else found = subj;
    }
    const named = link ? fullMentionIn(mentions, link, sent, before) : null;
    if (found) {
      // the entity stage chose another person of this very sentence: it knows their gender
      if (named && number === 'singular' && !found.entities.includes(link!) && mentions.entity(link!)?.kind === 'person') {
        return { span: named, entities: [link!] };
      }
      return found;
    }
    if (named && !chain) return { span: named, entities: [link!] };
  }
  if (link) {
    const full = fullMentionBefore(mentions, link, at);
    if (full) return { span: full, entities: [link] };
  }
  if (number !== 'singular') return null;
  for (let s = sentence; s >= 0 && sentence - s <= LOOKBACK_SENTENCES; s--) {
    const person = firstPerson(scan, sentences[s]!, s === sentence ? at : sentences[s]!.tokenEnd, mentions);
    if (person) return person;
  }
  return null;
}

/**
 * The subject of a sentence's main clause when it can be the referent: a person for "he", a
 * group or body for "they"; 'chain' when the subject is a pronoun of the same number.
 */
function subjectOf(scan: Scan, s: Sentence, before: number, mentions: MentionIndex,
  number: 'singular' | 'plural'): Antecedent | 'chain' | null {
  const span = clauseSubject(scan, s.tokenStart, before);
  if (!span) return null;
  const at = headOf(scan, span);
  const head = scan.tokens[at]!;
  const pronoun = scan.k.pronouns.get(head.lower);
  if (pronoun) return span.first === span.last && pronoun === number ? 'chain' : null;
  const m = mentions.at(at);
  const e = m && m.via !== 'pronoun' ? mentions.entity(m.entityId) : undefined;
  if (number === 'singular') {
    if (e) return e.kind === 'person' ? { span: { first: m!.tokenStart, last: m!.tokenEnd - 1 }, entities: [m!.entityId] } : null;
    if (scan.k.personNouns.has(head.lower) && !/s$/.test(head.lower)) return { span, entities: [] };
    // a name the entity stage did not know ("Basáñez took over the embassy"): most often a person
    const named = isCap(scan.tokens[span.first]) && !scan.k.bodyNouns.has(head.lower) && !scan.k.timeAdjunctWords.has(head.lower)
      && scan.tokens.slice(span.first, at + 1).every((w) => !w.spaceBefore || isCap(w) || w.kind !== 'word');
    return named && !mentions.within(span.first, at).length ? { span, entities: [] } : null;
  }
  if (e) return e.kind === 'person' ? null : { span, entities: [m!.entityId] };
  const plural = /[^s]s$/.test(head.lower) || head.lower === 'people';
  return plural && (scan.k.personNouns.has(head.lower) || scan.k.bodyNouns.has(head.lower) || isCap(head)) ? { span, entities: [] } : null;
}

function fullMentionIn(mentions: MentionIndex, id: string, s: Sentence, before: number): TokenSpan | null {
  for (let i = Math.min(before, s.tokenEnd) - 1; i >= s.tokenStart; i--) {
    const m = mentions.at(i);
    if (m && m.entityId === id && m.via !== 'pronoun') return { first: m.tokenStart, last: m.tokenEnd - 1 };
  }
  return null;
}

function fullMentionBefore(mentions: MentionIndex, id: string, at: number): TokenSpan | null {
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
