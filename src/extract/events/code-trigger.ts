import type { Mention, Sentence, Token } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { isBothParties, pronounOf, type DiscourseMemory } from './anaphora.js';
import { findComplements, findSubject, thatClauseSubject, type Span } from './arguments.js';
import { coordinatedHead } from './coordination.js';
import type { EventDraft } from './draft.js';
import { statesOf, type SentenceActors } from './participants.js';
import { placeSource } from './places.js';
import { looksLikeNoun } from './status-at.js';
import { nounStatus, verbStatus, type StatusContext } from './status.js';
import { wireCased, type TriggerMatch } from './trigger-index.js';
import { readVerbGroup, type GroupLexicon, type VerbGroup } from './verb-group.js';

const AGREEMENT_WORDS = /^(?:accords?|agreements?|deal|treaty|pact|declaration|alliance|bloc|union|coalition|organi[sz]ation|initiative|framework|convention|charter|club|group|partnership|community)$/;

const HARD_END = new Set([';', ':', '.', '(', '—']);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'back']);
const DETERMINED = new Set(['the', 'a', 'an']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Words that make an agreement another one than the one under discussion ("a new deal", "bilateral agreements"). */
const ANOTHER = new Set(['a', 'an', 'another', 'new', 'bilateral', 'separate', 'other', 'further', 'more', 'several', 'similar']);

/** What coding one trigger needs: the sentence, its actors, the memory of the document. */
export interface TriggerScope {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly actors: SentenceActors;
  readonly memory: DiscourseMemory;
  readonly heads: ReadonlySet<number>;
  /** Is this token inside a report frame's content (the event is reported by someone)? */
  readonly reported: (token: number) => boolean;
  /** The actors of the last subject seen in the sentence, for a clause with no subject of its own. */
  lastSubject: ParticipantOut[];
  /** The named speaker of the statement a token stands in. */
  readonly speaker: (token: number) => ParticipantOut[];
  /** The named speaker of the direct quote a token stands in. */
  readonly quoteSpeaker: (token: number) => ParticipantOut[];
}

/**
 * Codes one trigger match: its verb group and status, its source and target from the clause
 * structure (active, passive, relative, apposition, possessive), and the agreement it is about.
 * Returns null when the text does not support an event (a noun use of a verb, an unlicensed noun,
 * the content of someone's wish).
 */
export class TriggerCoder {
  private readonly lex: GroupLexicon;

  constructor(private readonly k: EventKnowledge, verbs: VerbLexicon) {
    this.lex = { cues: k.status, words: k.clause, verbs };
  }

  code(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    return m.trigger.group.pos === 'verb' ? this.codeVerb(m, sc) : this.codeNoun(m, sc);
  }

  private isHead = (sc: TriggerScope) => (i: number) =>
    sc.heads.has(i) || this.k.clause.clauseVerbs.has(sc.tokens[i]?.lower ?? '');

  private codeVerb(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    const { tokens, sentence: s } = sc;
    const t = tokens[m.head]!;
    if (m.head > s.tokenStart && t.text[0] !== t.lower[0] && !wireCased(tokens, m.head)) return null;
    if (looksLikeNoun(tokens, s.tokenStart, m.head, this.lex) && !t.lower.endsWith('ed')) return null;
    const g = readVerbGroup(tokens, s.tokenStart, m.head, this.lex);
    const there = this.existential(m, g, sc);
    if (g.prepGerund || g.objectControl || there < 0 && this.reducedRelative(m, g, sc) || this.purposeWish(g, sc)) return null;
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported: sc.reported(m.head) };
    const co = coordinatedHead(tokens, s.tokenStart, g, this.lex);
    const status = co === null ? verbStatus(g, ctx, this.k.status, this.k.clause)
      : verbStatus(readVerbGroup(tokens, s.tokenStart, co, this.lex), ctx, this.k.status, this.k.clause);
    const subjStart = g.nounController ? g.nounController.index : g.start;
    let subj = there >= 0 ? { parts: this.fromSpan(sc, { start: there, end: m.head }), explicit: true }
      : g.nounController ? this.possessorOf(sc, g.nounController.index) : this.subjectOf(sc, subjStart);
    // "delegations will meet to sign": a purpose infinitive is done by the subject of the verb it completes
    if (g.bareInfinitive && !subj.parts.length && sc.lastSubject.length) subj = { parts: sc.lastSubject, explicit: false };
    const comps = findComplements(tokens, m.head + 1, s.tokenEnd, this.k.clause, this.isHead(sc), (i) => sc.actors.isListComma(i));
    const group = m.trigger.group;
    let source: ParticipantOut[];
    let target: ParticipantOut[] = [];
    const passive = there >= 0 || g.passive && !(this.k.clause.statives.has(t.lower) && !comps.has('by'));
    if (passive) {
      source = this.slot(sc, comps, ['by']);
      target = this.slot(sc, comps, group.target.split(' ').filter((x) => x !== 'obj' && x !== 'subj'));
      if (!target.length) target = subj.parts;
    } else if (group.source) {
      source = this.slot(sc, comps, group.source.split(' '));
      target = subj.parts;
    } else {
      source = subj.parts;
      for (const slot of group.target.split(' ')) {
        target = slot === 'that' ? this.fromSpan(sc, thatClauseSubject(tokens, m.last + 1, s.tokenEnd, this.k.clause))
          : this.slot(sc, comps, [slot]);
        if (target.length) break;
      }
    }
    if (group.mutual) {
      const between = this.slot(sc, comps, ['between']);
      if (between.length > 1 && !statesOverlap(between, source)) { source = between; target = []; }
    }
    // "the militant group that has seized parts of Iraq": a relative clause about an unnamed actor describes, it reports nothing
    if ('background' in subj && subj.background && !passive) return null;
    if (subj.parts.length && !passive && !group.source) sc.lastSubject = subj.parts;
    const found = findSubject(tokens, s.tokenStart, subjStart, this.k.clause);
    const named = subj.explicit || found.kind !== 'inherit';
    // "The ministers were due to discuss": an unnamed actor, but an actor
    const head = found.kind === 'np' ? tokens[found.spans[0]!.end - 1] : undefined;
    const actorSubject = !passive && !!head && this.k.clause.actorNouns.has(head.lower);
    if (!source.length && group.type === 'CONSULT') {
      source = this.includedFrom(sc, comps);
      if (source.length && statesOverlap(source, target)) target = [];
    }
    const draft = this.finish(m, g, sc, comps, source, target, status, subj.explicit, named && !passive, actorSubject);
    if (draft && !draft.agreement && !subj.explicit) draft.agreement = this.subjectAgreement(sc, subjStart);
    return draft;
  }

  /** "The agreement … formally established relations": an agreement standing as the subject. */
  private subjectAgreement(sc: TriggerScope, end: number): string | null {
    const span = { start: sc.sentence.tokenStart, end };
    const named = sc.actors.agreementsWithin(span);
    if (named.length) return named[named.length - 1]!.entityId;
    for (let i = span.start; i < end && i < span.start + 3; i++) if (AGREEMENT_WORDS.test(sc.tokens[i]!.lower)) return sc.memory.lastAgreement();
    return null;
  }

  /** A word that is both a verb and a noun trigger ("meeting", "attacks", "talks"): read as a noun in a noun phrase. */
  prefersNoun(head: number, sc: TriggerScope): boolean {
    const { tokens, sentence: s } = sc;
    if (looksLikeNoun(tokens, s.tokenStart, head, this.lex)) return true;
    const prev = tokens[head - 1];
    if (!prev || head - 1 < s.tokenStart) return false;
    const p = prev.lower;
    if (this.k.clause.auxiliaries.has(p) || this.k.status.modals.has(p) || p === 'to' || p === ',' || p === 'and'
      || this.k.clause.pronouns.has(p) || this.k.clause.adverbs.has(p) || p.endsWith('ly')) return false;
    const actor = sc.actors.actors.find((x) => x.tokenEnd === head);
    // "the United States attack on an oil platform": a name after "the" modifies a noun
    if (actor && DETERMINED.has(tokens[actor.tokenStart - 1]?.lower ?? '') && this.k.clause.prepositions.has(tokens[head + 1]?.lower ?? '')) return true;
    if (actor && !tokens[head]!.lower.endsWith('ing')) return false;
    return prev.kind === 'word';
  }

  private codeNoun(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    const { tokens, sentence: s } = sc;
    const pre = this.possessorOf(sc, m.head);
    const comps = findComplements(tokens, m.head + 1, s.tokenEnd, this.k.clause, this.isHead(sc), (i) => sc.actors.isListComma(i));
    const group = m.trigger.group;
    // "a warning from the unions", "at the request of the Commission": the noun's own actor slots
    const actorSlots = (group.source ?? 'by').split(' ');
    let source = pre.parts.length ? pre.parts : this.slot(sc, comps, actorSlots);
    let fromOf = false;
    if (!source.length && actorSlots.includes('of')) fromOf = (source = this.ofPhrase(sc, comps)).length > 0;
    let target: ParticipantOut[] = [];
    for (const slot of group.target.split(' ')) {
      target = this.slot(sc, comps, [slot]);
      if (target.length) break;
    }
    if (group.mutual && !source.length && target.length > 1) { source = target; target = []; }
    // "Canada postponed the deadline at the request of the Commission": asked of the clause's subject
    if (fromOf && !target.length && group.type === 'REQUEST' && !statesOverlap(sc.lastSubject, source)) target = sc.lastSubject;
    if (!source.length && group.type === 'CONSULT') source = this.slot(sc, comps, ['in', 'at']);
    if (!source.length) source = this.supportVerbSubject(sc, m.head);
    if (!source.length) source = this.passiveAgentAfter(sc, m.head);
    // "(the spokesman said) there was no meeting planned with Trump": a meeting with someone is the speaker side's
    if (!source.length && target.length && group.type === 'CONSULT' && sc.reported(m.head)) {
      const speaker = sc.speaker(m.head);
      if (!statesOverlap(speaker, target)) source = speaker;
    }
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: m.head, reported: sc.reported(m.head) };
    const status = nounStatus(m.head, ctx, this.k.status, this.k.clause) ?? this.clauseStatusOf(sc, m.head);
    return this.finish(m, null, sc, comps, source, target, status, pre.explicit, false);
  }

  private isSupportVerb(w: string): boolean {
    const verbs = this.k.clause.supportVerbs;
    return [this.lex.verbs.lemma(w), w.replace(/ing$/, 'e'), w.replace(/ing$/, ''), w.replace(/d$/, ''), w.replace(/ed$/, ''),
      w.replace(/s$/, '')].some((x) => verbs.has(x));
  }

  /** "Evidence against Russia was presented by the US": the agent of the passive verb the noun is subject of. */
  private passiveAgentAfter(sc: TriggerScope, head: number): ParticipantOut[] {
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
  private includedFrom(sc: TriggerScope, comps: Map<string, Span>): ParticipantOut[] {
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

  /** The phrase right after a noun that starts with "of": "a meeting of NATO ambassadors". */
  private ofPhrase(sc: TriggerScope, comps: Map<string, Span>): ParticipantOut[] {
    const span = comps.get('obj');
    if (!span || sc.tokens[span.start]?.lower !== 'of') return [];
    return this.fromSpan(sc, { start: span.start + 1, end: span.end });
  }

  /**
   * A noun event carried by a support verb is done by that verb's subject: "Italy announced a
   * suspension of links", "negotiators return to Geneva for talks", "Nigerians were converging for a rally".
   */
  private supportVerbSubject(sc: TriggerScope, head: number): ParticipantOut[] {
    const { tokens, sentence: s } = sc;
    for (let i = head - 1; i >= s.tokenStart && i >= head - 7; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct' || t.kind === 'quote') return [];
      if (t.text[0] !== t.lower[0]) continue;
      // a verb with its particle ("call off the sanctions") is another verb
      if (!this.isSupportVerb(t.lower) || PARTICLES.has(tokens[i + 1]?.lower ?? '')) continue;
      const g = readVerbGroup(tokens, s.tokenStart, i, this.lex);
      // "expects another country to announce normalization": the doer of a bare infinitive is unsure
      if (g.bareInfinitive) return [];
      return this.subjectOf(sc, g.start).parts;
    }
    return [];
  }

  private finish(m: TriggerMatch, g: VerbGroup | null, sc: TriggerScope, comps: Map<string, Span>, source: ParticipantOut[],
    target: ParticipantOut[], status: EventDraft['status'], explicit: boolean, subjectPhrase: boolean, actorSubject = false): EventDraft | null {
    let group = m.trigger.group;
    // "Trump deserves respect," Cameron said: an evaluation whose actor is the one who voices it
    let voiced = false;
    if (!source.length && group.source === 'speaker') {
      source = sc.speaker(m.head);
      voiced = source.length > 0 && !statesOverlap(source, target);
      if (!voiced) source = [];
    }
    // a government's protest is a diplomatic complaint (CAMEO 114), not a demonstration
    if (group.type === 'PROTEST' && sc.tokens[m.head]!.lower.startsWith('protest') && source.length && source.every((p) => sc.actors.isOfficial(p))) {
      group = this.k.officialProtest;
    }
    if (!source.length) source = placeSource(group.type, sc.tokens, sc.actors, sc.sentence.tokenStart, sc.sentence.tokenEnd);
    const agreement = this.agreementIn(sc, comps, m);
    if (group.needsAgreement && !agreement && !this.hasAgreementWord(sc, comps)) return null;
    // (a passive names the recipient as its subject: "the United Nations was being informed")
    if (group.needsActorObject && !this.namesActor(sc, comps, group.target) && !(g?.passive && target.length)) return null;
    if (group.embeds === 'negative' && sc.tokens[m.last + 1]?.lower === 'to' && !sc.heads.has(m.last + 2)) return null;
    // an unnamed actor ("the unions", "officials") is left out, but the event stays when it is a clear, real one
    if (!source.length && !target.length && !agreement && !actorSubject && !(subjectPhrase && (status === 'occurred' || status === 'ongoing'))) return null;
    if (m.trigger.group.pos === 'noun' && !source.length && !agreement) return null;
    const controller = g?.controllers.find((c) => sc.heads.has(c.index));
    return {
      match: m, group: g, type: group.type, mode: group.mode, cameo: group.cameo, source, target, agreement, status,
      controlledBy: controller ? controller.index : null, explicitSource: explicit, voiced,
    };
  }

  /**
   * ", seeking to mend ties", ", hoping to win": a participle adjunct of wish states a motive of the
   * main clause's actor, not an event reported to happen.
   */
  private purposeWish(g: VerbGroup, sc: TriggerScope): boolean {
    const c = g.controllers[0];
    if (!c || c.status !== 'possible' || !sc.tokens[c.index]!.lower.endsWith('ing')) return false;
    const prev = sc.tokens[c.index - 1];
    return prev?.text === ',' && c.index - 1 > sc.sentence.tokenStart;
  }

  /**
   * "There were 10 soldiers killed in Ukraine": a participle after an existential "there be" and its
   * noun phrase is a passive clause. Returns where the noun phrase starts, or -1.
   */
  private existential(m: TriggerMatch, g: VerbGroup, sc: TriggerScope): number {
    if (g.start !== m.head || (g.form !== 'past' && g.form !== 'participle')) return -1;
    for (let i = m.head - 1; i > sc.sentence.tokenStart && i >= m.head - 8; i--) {
      const t = sc.tokens[i]!;
      if (t.kind === 'punct') return -1;
      if (this.k.clause.beForms.has(t.lower) && sc.tokens[i - 1]!.lower === 'there') return i + 1 < m.head ? i + 1 : -1;
    }
    return -1;
  }

  /** "officials accused of playing a role": a participle modifying the noun before it, not a clause of its own. */
  private reducedRelative(m: TriggerMatch, g: VerbGroup, sc: TriggerScope): boolean {
    if (g.start !== m.head || m.last !== m.head || (g.form !== 'past' && g.form !== 'participle')) return false;
    if (!m.trigger.group.target.split(' ').includes('obj')) return false;
    const next = sc.tokens[m.head + 1], prev = sc.tokens[m.head - 1];
    if (!next || !prev || prev.kind !== 'word' || this.k.clause.pronouns.has(prev.lower)) return false;
    if (sc.actors.actors.some((x) => x.tokenEnd === m.head && this.k.clause.prepositions.has(next.lower) === false)) return false;
    return next.lower === 'of' || next.lower === 'by' || next.lower === 'for' || next.lower === 'in';
  }

  /** The subject of the clause ending at `groupStart`, with pronouns, "both sides" and inherited subjects read. */
  private subjectOf(sc: TriggerScope, groupStart: number): { parts: ParticipantOut[]; explicit: boolean; background?: boolean } {
    const subj = findSubject(sc.tokens, sc.sentence.tokenStart, groupStart, this.k.clause);
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
  private possessorOf(sc: TriggerScope, head: number): { parts: ParticipantOut[]; explicit: boolean } {
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

  /** Actors named in a span: entity mentions, else "both sides", else a pronoun's antecedent. */
  private fromSpan(sc: TriggerScope, span: Span | null): ParticipantOut[] {
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

  private slot(sc: TriggerScope, comps: Map<string, Span>, slots: readonly string[]): ParticipantOut[] {
    for (const slot of slots.flatMap((x) => [x, `${x}#2`, `${x}#3`])) {
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

  private agreementIn(sc: TriggerScope, comps: Map<string, Span>, m: TriggerMatch): string | null {
    for (const span of comps.values()) {
      const found = sc.actors.agreementsWithin(span);
      if (found.length) return found[0]!.entityId;
    }
    const within = sc.actors.agreementsWithin({ start: m.head, end: m.last + 1 });
    if (within.length) return within[0]!.entityId;
    if (this.hasAgreementWord(sc, comps, true) || this.namesAgreement(sc, m)) return sc.memory.lastAgreement();
    // "Kazakhstan’s accession would …": an accession with nothing after it is to the agreement under discussion
    if (m.trigger.group.pos === 'noun' && m.trigger.group.needsAgreement && !comps.has('into') && !comps.has('to')) return sc.memory.lastAgreement();
    return null;
  }

  /** The object (or a target slot) is headed by an actor's name, not a possessive ("its own statement"). */
  private namesActor(sc: TriggerScope, comps: Map<string, Span>, slots: string): boolean {
    for (const slot of slots.split(' ')) {
      const span = comps.get(slot);
      if (!span) continue;
      if (sc.actors.within(span).some((x) => sc.tokens[x.tokenEnd]?.kind !== 'clitic')) return true;
      // "helped the two dissidents from Egypt": the people named by where they come from
      const from = comps.get('from');
      if (slot === 'obj' && from && from.start === span.end + 1 && sc.actors.within(from).length) return true;
    }
    return false;
  }

  /**
   * The object names an agreement or a body to join. With `definite`, a bare word must point back
   * ("the deal", "the accords"): "a deal", "bilateral agreements" are new ones, not the one under discussion.
   */
  private hasAgreementWord(sc: TriggerScope, comps: Map<string, Span>, definite = false): boolean {
    for (const [key, span] of comps) {
      if (key !== 'obj' && key !== 'to' && key !== 'into' && key !== 'with') continue;
      for (let i = span.start; i < span.end && i < span.start + 6; i++) {
        if (!AGREEMENT_WORDS.test(sc.tokens[i]!.lower)) continue;
        if (!definite || this.pointsBack(sc, span.start, i)) return true;
        break;
      }
      const mentions = sc.actors.within(span);
      if (mentions.some((x) => { const e = sc.actors.entity(x.entityId); return e?.kind === 'group' || e?.kind === 'organization' && e.subtype === 'igo'; })) return true;
    }
    return false;
  }

  /** "the deal", "its accession treaty": a definite phrase, with no word that makes it another agreement. */
  private pointsBack(sc: TriggerScope, from: number, head: number): boolean {
    let definite = false;
    for (let i = from; i < head; i++) {
      const w = sc.tokens[i]!.lower;
      if (DEFINITE.has(w)) definite = true;
      else if (ANOTHER.has(w)) return false;
    }
    return definite;
  }

  private namesAgreement(sc: TriggerScope, m: TriggerMatch): boolean {
    for (let i = m.head + 1; i <= m.last; i++) if (AGREEMENT_WORDS.test(sc.tokens[i]!.lower)) return true;
    return false;
  }

  /** For a noun with no status word of its own: the status of the clause's verb before it. */
  private clauseStatusOf(sc: TriggerScope, head: number): EventDraft['status'] {
    const { tokens, sentence: s } = sc;
    for (let i = head - 1; i >= s.tokenStart && i >= head - 6; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct') break;
      // a capitalized word is a name ("the United States attack"), not the clause's verb
      if (t.text[0] !== t.lower[0]) continue;
      if (this.lex.verbs.formsOf(t.lower).length && !this.k.clause.determiners.has(t.lower) && !this.k.clause.auxiliaries.has(t.lower)
        && !looksLikeNoun(tokens, s.tokenStart, i, this.lex)) {
        const g = readVerbGroup(tokens, s.tokenStart, i, this.lex);
        const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported: sc.reported(i) };
        return verbStatus(g, ctx, this.k.status, this.k.clause);
      }
    }
    return 'occurred';
  }
}

function statesOverlap(a: readonly ParticipantOut[], b: readonly ParticipantOut[]): boolean {
  const sa = statesOf(a);
  return [...statesOf(b)].some((x) => sa.has(x));
}
