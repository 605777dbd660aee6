import type { Mention } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import { isBothParties, pronounOf } from './anaphora.js';
import { findSubject, type Span, type SubjectSpans } from './arguments.js';
import { framingOf } from './status.js';
import type { TriggerScope } from './trigger-scope.js';
import { readVerbGroup, type GroupLexicon } from './verb-group.js';

const HARD_END = new Set([';', ':', '.', '(', '—']);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'back']);

/**
 * Reads the actors of a clause: its subject (lists, appositions, relative antecedents, inherited
 * subjects), a noun's possessor, the phrases after a verb or noun, pronouns (in quotes too), and
 * the actors a noun borrows from a support verb, a passive after it or an "including" list.
 *
 * @example new ActorReader(knowledge, lex).subjectOf(scope, groupStart)  // { parts: [{ entity: 'KAZ', state: 'KAZ' }], explicit: true }
 */
export class ActorReader {
  /** A slot and its repeats in a complement map ("obj", "obj#2", "obj#3"), and the groups' slot lists split: made once, not per match. */
  private readonly repeats = new Map<string, readonly string[]>();
  private readonly slotLists = new Map<string, readonly string[]>();

  constructor(private readonly k: EventKnowledge, private readonly lex: GroupLexicon) {}

  /** A trigger group's slot list ("obj to") as words. */
  slots(spec: string): readonly string[] {
    let list = this.slotLists.get(spec);
    if (!list) this.slotLists.set(spec, (list = spec.split(' ')));
    return list;
  }

  private repeatsOf(slot: string): readonly string[] {
    let list = this.repeats.get(slot);
    if (!list) this.repeats.set(slot, (list = [slot, `${slot}#2`, `${slot}#3`]));
    return list;
  }

  /**
   * The subject of the clause ending at `groupStart`, with pronouns, "both sides" and inherited subjects read.
   * `subj` is where findSubject places it, when the caller has it already.
   */
  subjectOf(sc: TriggerScope, groupStart: number,
    subj: SubjectSpans = findSubject(sc.tokens, sc.sentence.tokenStart, groupStart, this.k.clause)): { parts: ParticipantOut[]; explicit: boolean; background?: boolean } {
    if (subj.kind === 'inherit') {
      if (sc.lastSubject.length) return { parts: sc.lastSubject, explicit: false };
      // ", threatening to …" with no earlier event: the sentence's own subject, its first actor that heads a
      // phrase ("Insurgents bombarded part of Syria's city, killing …": "of Syria's" names no subject)
      const first = sc.actors.actors.find((x) => x.tokenStart >= sc.sentence.tokenStart && x.tokenEnd <= groupStart
        && sc.tokens[x.tokenEnd]?.kind !== 'clitic' && !this.k.clause.prepositions.has(sc.tokens[x.tokenStart - 1]?.lower ?? ''));
      return { parts: first ? sc.actors.participants([first]) : [], explicit: false };
    }
    if (subj.kind === 'antecedent') {
      const parts = sc.actors.participants(sc.actors.lastGroup(subj.spans[0]!));
      return { parts, explicit: parts.length > 0, background: !parts.length };
    }
    const [outer, inner] = subj.spans;
    const parts = this.subjectParts(sc, outer!);
    if (parts.length) return { parts, explicit: true };
    // "Salaheddine Sidhoum, Algeria's leading activist, staged": an unknown name takes its apposition
    const first = sc.tokens[outer!.start]!;
    if (inner && first.text[0] !== first.lower[0] && !this.k.clause.determiners.has(first.lower)) {
      const ap = this.subjectParts(sc, inner);
      if (ap.length) return { parts: ap, explicit: true };
    }
    return { parts: [], explicit: false };
  }

  /**
   * Reads a subject phrase split at its commas, from the verb leftwards: a list of names ("The US,
   * Russia, and Switzerland") counts whole; otherwise the nearest part that names an actor, skipping
   * fronted adverbials ("According to the State Department, both sides …").
   */
  private subjectParts(sc: TriggerScope, span: Span): ParticipantOut[] {
    const chunks = sc.actors.commaChunks(span);
    let i = chunks.length - 1;
    if (sc.actors.isListItem(chunks[i]!)) {
      let j = i;
      while (j > 0 && sc.actors.isListItem(chunks[j - 1]!)) j--;
      return sc.actors.participants(chunks.slice(j, i + 1).flatMap((c) => sc.actors.within(c)));
    }
    for (; i >= 0; i--) {
      const c = chunks[i]!;
      const w = sc.tokens[c.start]!.lower;
      if (chunks.length > 1 && i < chunks.length - 1 && (this.k.clause.prepositions.has(w) || w === 'according')) continue;
      const parts = this.fromSpan(sc, c);
      if (parts.length) return parts;
      if (i === chunks.length - 1 && chunks.length > 1 && !this.k.clause.prepositions.has(w) && w !== 'according'
        && sc.tokens[c.start]!.text[0] === w[0] && !this.k.clause.pronouns.has(w)) return [];
    }
    return [];
  }

  /** Possessive and modifying actors before a noun: "Kazakhstan’s entry", "its entry", "Israeli shelling". */
  possessorOf(sc: TriggerScope, head: number): { parts: ParticipantOut[]; explicit: boolean } {
    const { tokens, sentence: s } = sc;
    const w = this.k.clause;
    let i = head - 1;
    while (i >= s.tokenStart) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.text !== '-' || t.kind === 'quote' && t.lower !== "'" && t.lower !== '’') break;
      if (w.prepositions.has(t.lower) || w.clauseVerbs.has(t.lower) || w.subordinators.has(t.lower) || w.relatives.has(t.lower)) break;
      if (t.kind !== 'clitic' && (w.auxiliaries.has(t.lower) || this.k.status.modals.has(t.lower))) break;
      // "received a message": the noun phrase starts at its article ("its", "their" are possessors)
      if (w.determiners.has(t.lower) && !w.pronouns.has(t.lower)) break;
      i--;
    }
    const span = { start: i + 1, end: head };
    if (span.end <= span.start) return { parts: [], explicit: false };
    const parts = this.fromSpan(sc, span);
    return { parts, explicit: parts.length > 0 };
  }

  /**
   * Who holds a plan, a need or a refusal that governs an event: the noun's possessor ("Israel's
   * plan to join"), else the subject of the verb that has it ("Saudi Arabia has no plan to join").
   */
  holderOf(sc: TriggerScope, noun: number): { parts: ParticipantOut[]; explicit: boolean } {
    const own = this.possessorOf(sc, noun);
    if (own.parts.length) return own;
    const parts = this.supportVerbSubject(sc, noun, this.k.clause.holdingVerbs);
    return { parts, explicit: parts.length > 0 };
  }

  /**
   * The doer of an act someone expects: the phrase between an expectation verb and the "to" before
   * the head at `head` ("expects Saudi Arabia to join": Saudi Arabia; "expects several countries to
   * join": no named actor), or null when no expectation verb governs it (a wish: "wants Putin to
   * attack").
   */
  expectedDoer(sc: TriggerScope, head: number): { parts: ParticipantOut[]; status: 'expected' | 'possible' } | null {
    const { tokens, sentence: s } = sc;
    const to = head - 1;
    if (tokens[to]?.lower !== 'to') return null;
    for (let v = to - 2; v >= s.tokenStart && v >= to - 6; v--) {
      const t = tokens[v]!;
      if (t.kind === 'punct' || t.kind === 'quote') return null;
      if (t.text[0] !== t.lower[0] || framingOf(this.k.status, t.lower) !== 'expected') continue;
      // "do not expect Iran to sign": what is not expected may still happen
      const negated = [v - 1, v - 2].some((i) => i >= s.tokenStart && this.k.status.negations.has(tokens[i]!.lower));
      return { parts: this.fromSpan(sc, { start: v + 1, end: to }), status: negated ? 'possible' : 'expected' };
    }
    return null;
  }

  /** Actors named in a span: entity mentions, else "both sides", else a pronoun's antecedent. */
  fromSpan(sc: TriggerScope, span: Span | null): ParticipantOut[] {
    if (!span || span.end <= span.start) return [];
    const head = sc.actors.head(span);
    if (head.length === 1 && head[0]!.via === 'pronoun') return this.quotedPronoun(sc, head[0]!.tokenStart) ?? sc.actors.participants(head);
    if (head.length) return sc.actors.participants(head);
    if (isBothParties(sc.tokens, span, this.k.clause)) return sc.memory.lastParties;
    const p = pronounOf(sc.tokens, span, this.k.clause);
    if (!p) return [];
    const quoted = this.quotedPronoun(sc, p.index);
    if (quoted) return quoted;
    const before = sc.actors.actors.filter((m) => m.tokenEnd <= p.index);
    if (p.kind === 'plural' && sc.lastSubject.length > 1) return sc.lastSubject;
    const ante: Mention | null = sc.memory.antecedent(p.kind, before);
    return ante ? sc.actors.participants([ante]) : [];
  }

  /**
   * A pronoun in someone's statement: "I", "me", "we" are the speaker; "he" is someone else than the
   * speaker ("He doesn't know me, never met me," Trump said). Null when the statement has no named
   * speaker or the pronoun needs no correction.
   */
  private quotedPronoun(sc: TriggerScope, at: number): ParticipantOut[] | null {
    const w = sc.tokens[at]!.lower;
    const first = this.k.clause.firstPerson.has(w);
    if (!first && this.k.clause.pronouns.get(w) !== 'person') return null;
    const speaker = sc.quoteSpeaker(at);
    if (!speaker.length) return null;
    if (first) return speaker;
    const linked = sc.actors.actors.find((m) => m.tokenStart === at);
    if (linked && !speaker.some((p) => p.entity === linked.entityId)) return null;
    const ante = sc.memory.antecedent('person', sc.actors.actors.filter((m) => m.tokenEnd <= at), speaker.map((p) => p.entity));
    return ante ? sc.actors.participants([ante]) : [];
  }

  slot(sc: TriggerScope, comps: Map<string, Span>, slots: readonly string[]): ParticipantOut[] {
    for (const x of slots) for (const slot of this.repeatsOf(x)) {
      const span = comps.get(slot);
      const parts = this.fromSpan(sc, span ?? null);
      if (parts.length) return parts;
      // "with representatives from five Central Asian states": the phrase's own head names no actor
      if (span && !sc.actors.within(span).length) {
        const next = comps.get('from');
        if (next && next.start === span.end + 1) {
          const more = this.fromSpan(sc, next);
          if (more.length) return more;
        }
      }
    }
    return [];
  }

  /**
   * The first of the `slots` phrases that names an actor names a part of a body rather than the
   * body: "withdrew from NATO's military command", "left the EU's customs union".
   */
  namesPartOfBody(sc: TriggerScope, comps: Map<string, Span>, slots: string): boolean {
    for (const slot of this.slots(slots)) {
      const span = comps.get(slot);
      const first = span ? sc.actors.head(span)[0] : undefined;
      if (!span || !first) continue;
      const kind = sc.actors.entities.get(first.entityId)?.kind;
      return (kind === 'organization' || kind === 'agreement') && sc.tokens[first.tokenEnd]?.kind === 'clitic' && first.tokenEnd + 1 < span.end;
    }
    return false;
  }

  /** The phrase right after a noun that starts with "of": "a meeting of NATO ambassadors". */
  ofPhrase(sc: TriggerScope, comps: Map<string, Span>): ParticipantOut[] {
    const span = comps.get('obj');
    if (!span || sc.tokens[span.start]?.lower !== 'of') return [];
    return this.fromSpan(sc, { start: span.start + 1, end: span.end });
  }

  /**
   * A noun event carried by a support verb is done by that verb's subject: "Italy announced a
   * suspension of links", "negotiators return to Geneva for talks", "Nigerians were converging for a rally".
   */
  supportVerbSubject(sc: TriggerScope, head: number, verbs: ReadonlySet<string> = this.k.clause.supportVerbs): ParticipantOut[] {
    const { tokens, sentence: s } = sc;
    for (let i = head - 1; i >= s.tokenStart && i >= head - 7; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct' || t.kind === 'quote') return [];
      if (t.text[0] !== t.lower[0]) continue;
      // a verb with its particle ("call off the sanctions") is another verb
      if (!this.isSupportVerb(t.lower, verbs) || PARTICLES.has(tokens[i + 1]?.lower ?? '')) continue;
      const g = readVerbGroup(tokens, s.tokenStart, i, this.lex);
      // "expects another country to announce normalization": the doer of a bare infinitive is unsure
      if (g.bareInfinitive) return [];
      return this.subjectOf(sc, g.start).parts;
    }
    return [];
  }

  private isSupportVerb(w: string, verbs: ReadonlySet<string>): boolean {
    return [this.lex.verbs.lemma(w), w.replace(/ing$/, 'e'), w.replace(/ing$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, ''),
      w.replace(/s$/, '')].some((x) => verbs.has(x));
  }

  /** "Evidence against Russia was presented by the US": the agent of the passive verb the noun is subject of. */
  passiveAgentAfter(sc: TriggerScope, head: number): ParticipantOut[] {
    const { tokens, sentence: s } = sc;
    let i = head + 1;
    while (i < s.tokenEnd && i < head + 8 && !this.k.clause.beForms.has(tokens[i]!.lower)) {
      if (tokens[i]!.kind === 'punct') return [];
      i++;
    }
    const verb = tokens[i + 1], by = tokens[i + 2];
    if (!verb || !by || by.lower !== 'by' || !verb.lower.endsWith('ed') && !verb.lower.endsWith('en')) return [];
    let end = i + 3;
    while (end < s.tokenEnd && tokens[end]!.kind !== 'punct') end++;
    return this.fromSpan(sc, { start: i + 3, end });
  }

  /** "… attend the meeting, including delegations from the U.S. and the Soviet Union": who takes part. */
  includedFrom(sc: TriggerScope, comps: Map<string, Span>): ParticipantOut[] {
    for (const [key, span] of comps) {
      if (!key.startsWith('from')) continue;
      for (let i = span.start - 2; i >= span.start - 4 && i >= sc.sentence.tokenStart; i--) {
        if (sc.tokens[i]!.lower !== 'including') continue;
        // the list may hold unnamed parties ("Third World countries, the U.S., the Soviet Union"): read to the clause end
        let end = span.start;
        while (end < sc.sentence.tokenEnd && !HARD_END.has(sc.tokens[end]!.text)) end++;
        return sc.actors.participants(sc.actors.within({ start: span.start, end }));
      }
    }
    return [];
  }

  /** The object (or a target slot) is headed by an actor's name, not a possessive ("its own statement"). */
  namesActor(sc: TriggerScope, comps: Map<string, Span>, slots: string): boolean {
    for (const slot of this.slots(slots)) {
      const span = comps.get(slot);
      if (!span) continue;
      if (sc.actors.within(span).some((x) => sc.tokens[x.tokenEnd]?.kind !== 'clitic')) return true;
      // "helped the two dissidents from Egypt": the people named by where they come from
      const from = comps.get('from');
      if (slot === 'obj' && from && from.start === span.end + 1 && sc.actors.within(from).length) return true;
    }
    return false;
  }
}
