import type { Entity, Mention, Token } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';
import type { Span } from './arguments.js';

/**
 * What the event stage remembers across sentences to read "it", "they", "both sides" and "the
 * accords" when the entity stage has not linked them: the actors and agreements seen so far.
 */
export class DiscourseMemory {
  private readonly seen: Mention[] = [];
  private agreement: string | null = null;
  /** The participants of the last event with two parties or more ("both sides reaffirmed"). */
  lastParties: ParticipantOut[] = [];
  /** The last meeting reported as scheduled after the document date, with its time and sentence. */
  scheduled: { readonly time: { readonly value: string; readonly text: string }; readonly sentence: number } | null = null;

  constructor(private readonly entities: ReadonlyMap<string, Entity>) {}

  /** Records a sentence's mentions (call after the sentence is coded). */
  remember(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const e = this.entities.get(m.entityId);
      if (!e) continue;
      if (e.kind === 'agreement') this.agreement = e.id;
      else this.seen.push(m);
    }
  }

  /** The agreement most recently named, for "the accords", "the deal". */
  lastAgreement(): string | null {
    return this.agreement;
  }

  /**
   * The antecedent of a pronoun at token `at`: for "it"/"its" the nearest state or organization
   * before it, for "he"/"his" the nearest person, for "they"/"their" the nearest state or group.
   * Candidates are this sentence's mentions before the pronoun, then earlier sentences', less the
   * entities excluded (a speaker is not "he" in their own words).
   */
  antecedent(kind: 'singular' | 'plural' | 'person', before: readonly Mention[], exclude: readonly string[] = []): Mention | null {
    const fits = (m: Mention) => {
      const e = this.entities.get(m.entityId);
      if (!e || exclude.includes(e.id)) return false;
      if (kind === 'person') return e.kind === 'person';
      if (kind === 'singular') return e.kind === 'state' || e.kind === 'organization';
      return e.kind === 'state' || e.kind === 'group' || e.kind === 'organization';
    };
    for (let i = before.length - 1; i >= 0; i--) if (fits(before[i]!)) return before[i]!;
    for (let i = this.seen.length - 1; i >= 0 && i >= this.seen.length - 12; i--) if (fits(this.seen[i]!)) return this.seen[i]!;
    return null;
  }
}

/**
 * A span made of a pronoun alone or a possessive pronoun with an actor noun ("it", "their
 * countries"); "their first meeting" names no actor.
 */
export function pronounOf(tokens: readonly Token[], span: Span, words: ClauseWords): { index: number; kind: 'singular' | 'plural' | 'person' } | null {
  for (let i = span.start; i < span.end && i < span.start + 3; i++) {
    const t = tokens[i]!;
    const kind = words.pronouns.get(t.lower);
    if (!kind || t.lower === 'us' && t.text === 'US') continue;
    // "its" standing alone before an event noun ("its entry") is that event's actor
    if (words.actorPossessives.has(t.lower) && i + 1 < span.end && !possessesActor(tokens, i + 1, span.end, words)) return null;
    return { index: i, kind };
  }
  return null;
}

/** The noun a possessive pronoun governs (up to two modifiers on) is an actor noun. */
function possessesActor(tokens: readonly Token[], from: number, end: number, words: ClauseWords): boolean {
  for (let j = from; j < end && j < from + 3; j++) {
    const w = tokens[j]!.lower;
    if (words.actorNouns.has(w)) return true;
    if (tokens[j]!.kind !== 'word' || words.prepositions.has(w)) return false;
  }
  return false;
}

/** "both sides", "the two countries" at the start of a span. */
export function isBothParties(tokens: readonly Token[], span: Span, words: ClauseWords): boolean {
  outer: for (const phrase of words.bothParties) {
    if (span.end - span.start < phrase.length) continue;
    for (let k = 0; k < phrase.length; k++) if (tokens[span.start + k]!.lower !== phrase[k]) continue outer;
    return true;
  }
  return false;
}
