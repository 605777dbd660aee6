import type { ParticipantOut } from '../../core/contract.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { agreementIn, hasAgreementWord, isAgreementWord, subjectAgreement } from './agreement-reference.js';
import { findComplements, findSubject, thatClauseSubject, type Span } from './arguments.js';
import { coordinatedHead } from './coordination.js';
import type { EventDraft } from './draft.js';
import { statesOverlap } from './participants.js';
import { placeSource } from './places.js';
import { ActorReader } from './read-actors.js';
import { attributiveParticiple, looksLikeNoun } from './status-at.js';
import { nounStatus, verbStatus, type StatusContext } from './status.js';
import { wireCased, type TriggerMatch } from './trigger-index.js';
import type { TriggerScope } from './trigger-scope.js';
import { readVerbGroup, type GroupLexicon, type VerbGroup } from './verb-group.js';

const MEMBERSHIP_MODES = new Set(['join', 'withdraw']);

export type { TriggerScope } from './trigger-scope.js';

const DETERMINED = new Set(['the', 'a', 'an']);
/** Types of harm that nature or an accident can do too. */
const HARMS = new Set(['ASSAULT', 'COERCE']);
/** Words that join or compare rather than name a thing ("the attack and", "the visit than"). */
const CONNECTIVES = new Set(['and', 'or', 'but', 'nor', 'than', 'to', 'there', 'here', 'alone', 'too', 'either', 'so', 'yet']);
/** Words that open the modifier of a reduced relative clause ("the accord signed in 1994", "… by both sides"). */
const AFTER_RELATIVE = new Set(['in', 'on', 'at', 'by', 'of', 'for', 'last', 'this', 'earlier']);

/**
 * Codes one trigger match: its verb group and status, its source and target from the clause
 * structure (active, passive, relative, apposition, possessive), and the agreement it is about.
 * Returns null when the text does not support an event (a noun use of a verb, an unlicensed noun,
 * the content of someone's wish).
 */
export class TriggerCoder {
  private readonly lex: GroupLexicon;
  private readonly read: ActorReader;

  constructor(private readonly k: EventKnowledge, verbs: VerbLexicon) {
    this.lex = { cues: k.status, words: k.clause, verbs };
    this.read = new ActorReader(k, this.lex);
  }

  code(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    // "the election, held in March": a phrase word inside a time expression is a date, not the event word
    if (m.last > m.head && sc.inTime(m.last)) return null;
    return m.trigger.group.pos === 'verb' ? this.codeVerb(m, sc) : this.codeNoun(m, sc);
  }

  private isHead = (sc: TriggerScope) => (i: number) =>
    sc.heads.has(i) || this.k.clause.clauseVerbs.has(sc.tokens[i]?.lower ?? '');

  private codeVerb(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    const { tokens, sentence: s } = sc;
    const t = tokens[m.head]!;
    if (m.head > s.tokenStart && t.text[0] !== t.lower[0] && !wireCased(tokens, m.head)) return null;
    if (looksLikeNoun(tokens, s.tokenStart, m.head, this.lex) && !t.lower.endsWith('ed')) return null;
    if (m.last === m.head && attributiveParticiple(tokens, s.tokenStart, m.head, s.tokenEnd, this.lex)) return null;
    const g = readVerbGroup(tokens, s.tokenStart, m.head, this.lex);
    const there = this.existential(m, g, sc);
    // "expects Saudi Arabia to join": the named actor does the expected act; "wants Putin to attack" is a wish, no event
    const expected = g.bareInfinitive ? this.read.expectedDoer(sc, m.head) : null;
    if (g.prepGerund || g.objectControl && !expected || there < 0 && this.reducedRelative(m, g, sc) || this.purposeWish(g, sc)) return null;
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported: sc.reported(m.head) };
    const co = coordinatedHead(tokens, s.tokenStart, g, this.lex);
    const status = expected ? expected.status : co === null ? verbStatus(g, ctx, this.k.status, this.k.clause)
      : verbStatus(readVerbGroup(tokens, s.tokenStart, co, this.lex), ctx, this.k.status, this.k.clause);
    const subjStart = g.nounController ? g.nounController.index : g.start;
    // where the subject phrase lies, read once for the actors, the natural-cause test and `named` below
    const found = findSubject(tokens, s.tokenStart, subjStart, this.k.clause);
    let subj = expected ? { parts: expected.parts, explicit: true }
      : there >= 0 ? { parts: this.read.fromSpan(sc, { start: there, end: m.head }), explicit: true }
      : g.nounController ? this.read.holderOf(sc, g.nounController.index) : this.read.subjectOf(sc, subjStart, found);
    // "delegations will meet to sign": a purpose infinitive is done by the subject of the verb it completes
    if (g.bareInfinitive && !subj.parts.length && sc.lastSubject.length) subj = { parts: sc.lastSubject, explicit: false };
    const comps = findComplements(tokens, m.head + 1, s.tokenEnd, this.k.clause, this.isHead(sc), (i) => sc.actors.isListComma(i));
    const group = m.trigger.group;
    let source: ParticipantOut[];
    let target: ParticipantOut[] = [];
    const passive = there >= 0 || g.passive && !(this.k.clause.statives.has(t.lower) && !comps.has('by'));
    if (passive) {
      source = this.read.slot(sc, comps, ['by']);
      target = this.read.slot(sc, comps, this.read.slots(group.target).filter((x) => x !== 'obj' && x !== 'subj'));
      if (!target.length) target = subj.parts;
    } else if (group.source) {
      source = this.read.slot(sc, comps, this.read.slots(group.source));
      target = subj.parts;
    } else {
      source = subj.parts;
      for (const slot of this.read.slots(group.target)) {
        target = slot === 'that' ? this.read.fromSpan(sc, thatClauseSubject(tokens, m.last + 1, s.tokenEnd, this.k.clause))
          : this.read.slot(sc, comps, [slot]);
        if (target.length) break;
      }
    }
    if (group.mutual) {
      const between = this.read.slot(sc, comps, ['between']);
      if (between.length > 1 && !statesOverlap(between, source)) { source = between; target = []; }
    }
    // "the storm killed 12 people", "were killed in an earthquake": harm done by nature or accident is no political event
    if (HARMS.has(group.type) && this.naturalCause(sc, passive ? [comps.get('by') ?? comps.get('in')] : found.spans)) return null;
    // "the militant group that has seized parts of Iraq": a relative clause about an unnamed actor describes, it reports nothing
    if ('background' in subj && subj.background && !passive) return null;
    if (subj.parts.length && !passive && !group.source) sc.lastSubject = subj.parts;
    const named = subj.explicit || found.kind !== 'inherit';
    // "The ministers were due to discuss": an unnamed actor, but an actor
    const head = found.kind === 'np' ? tokens[found.spans[0]!.end - 1] : undefined;
    const actorSubject = !passive && !!head && this.k.clause.actorNouns.has(head.lower);
    if (!source.length && group.type === 'CONSULT') {
      source = this.read.includedFrom(sc, comps);
      if (source.length && statesOverlap(source, target)) target = [];
    }
    const draft = this.finish(m, g, sc, comps, source, target, status, subj.explicit, named && !passive, actorSubject);
    if (draft && !draft.agreement && !subj.explicit) draft.agreement = subjectAgreement(sc, subjStart);
    return draft;
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
    // (a judging word is an adjective: "Trump's ignorant view")
    if (m.last === m.head && m.trigger.group.target !== 'possessor' && this.modifiesNoun(m.head, sc)) return null;
    const pre = this.read.possessorOf(sc, m.head);
    const comps = findComplements(tokens, m.head + 1, s.tokenEnd, this.k.clause, this.isHead(sc), (i) => sc.actors.isListComma(i));
    const group = m.trigger.group;
    if (group.target === 'possessor') return this.codeJudgement(m, sc, pre.parts, comps);
    // "a warning from the unions", "at the request of the Commission": the noun's own actor slots
    const actorSlots = this.read.slots(group.source ?? 'by');
    let source = pre.parts.length ? pre.parts : this.read.slot(sc, comps, actorSlots);
    let fromOf = false;
    if (!source.length && actorSlots.includes('of')) fromOf = (source = this.read.ofPhrase(sc, comps)).length > 0;
    let target: ParticipantOut[] = [];
    for (const slot of this.read.slots(group.target)) {
      target = this.read.slot(sc, comps, [slot]);
      if (target.length) break;
    }
    if (group.mutual && !source.length && target.length > 1) { source = target; target = []; }
    // "Canada postponed the deadline at the request of the Commission": asked of the clause's subject
    if (fromOf && !target.length && group.type === 'REQUEST' && !statesOverlap(sc.lastSubject, source)) target = sc.lastSubject;
    if (!source.length && group.type === 'CONSULT') source = this.read.slot(sc, comps, ['in', 'at']);
    if (!source.length) source = this.read.supportVerbSubject(sc, m.head);
    if (!source.length) source = this.read.passiveAgentAfter(sc, m.head);
    // "(Kazakhstan's government said) that joining the accords was natural": a gerund opening what a
    // source says, with no actor of its own, is the speaker's act
    if (!source.length && tokens[m.head]!.lower.endsWith('ing') && tokens[m.head - 1]?.lower === 'that' && sc.reported(m.head)) {
      source = sc.speaker(m.head);
    }
    // "(the spokesman said) there was no meeting planned with Trump": a meeting with someone is the speaker side's
    if (!source.length && target.length && group.type === 'CONSULT' && sc.reported(m.head)) {
      const speaker = sc.speaker(m.head);
      if (!statesOverlap(speaker, target)) source = speaker;
    }
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: m.head, reported: sc.reported(m.head) };
    const status = nounStatus(m.head, ctx, this.k.status, this.k.clause) ?? this.clauseStatusOf(sc, m.head);
    return this.finish(m, null, sc, comps, source, target, status, pre.explicit, false);
  }

  /**
   * "attack helicopters are made in Russia", "the protest movement began": an event noun before a
   * singular common noun modifies it and reports no event. (A word after the noun that may be a
   * verb, a function word, an adverb or a time keeps the event: "the attack came", "the talks today".)
   */
  private modifiesNoun(head: number, sc: TriggerScope): boolean {
    const next = sc.tokens[head + 1];
    if (!next || head + 1 >= sc.sentence.tokenEnd || next.kind !== 'word' || next.text[0] !== next.lower[0]) return false;
    const w = next.lower, c = this.k.clause;
    if (/(?:s|ed|ing|ly|self|selves)$/.test(w) || this.lex.verbs.formsOf(w).length || sc.inTime(head + 1)) return false;
    return !(c.prepositions.has(w) || c.determiners.has(w) || c.auxiliaries.has(w) || c.subordinators.has(w) || c.relatives.has(w)
      || c.pronouns.has(w) || c.adverbs.has(w) || c.degreeWords.has(w) || this.k.status.modals.has(w) || this.k.status.negations.has(w)
      || CONNECTIVES.has(w));
  }

  /**
   * A judging word in a statement ("Trump's ignorant view," "they are rude statements"): the actor
   * judged is its possessor or the subject of "be" before it; the speaker judges (see finish).
   */
  private codeJudgement(m: TriggerMatch, sc: TriggerScope, possessor: ParticipantOut[], comps: Map<string, Span>): EventDraft | null {
    let target = possessor;
    if (!target.length) {
      let i = m.head - 1;
      while (i > sc.sentence.tokenStart && (this.k.clause.adverbs.has(sc.tokens[i]!.lower) || this.k.clause.degreeWords.has(sc.tokens[i]!.lower))) i--;
      // only a named subject: "it is ignorant to …", "they are rude statements" judge no actor we can name
      const be = i >= sc.sentence.tokenStart ? sc.tokens[i] : undefined;
      const subject = be && this.k.clause.beForms.has(be.lower) ? findSubject(sc.tokens, sc.sentence.tokenStart, i, this.k.clause) : null;
      if (subject?.kind === 'np') target = sc.actors.participants(sc.actors.head(subject.spans[0]!));
    }
    if (!target.length) return null;
    return this.finish(m, null, sc, comps, [], target, 'occurred', false, false);
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
    const agreement = agreementIn(sc, comps, m);
    if (group.needsAgreement && !agreement && !hasAgreementWord(sc, comps)) return null;
    // (a passive names the recipient as its subject: "the United Nations was being informed")
    if (group.needsActorObject && !this.read.namesActor(sc, comps, group.target) && !(g?.passive && target.length)) return null;
    if (group.embeds === 'negative' && sc.tokens[m.last + 1]?.lower === 'to' && !sc.heads.has(m.last + 2)) return null;
    // an unnamed actor ("the unions", "officials") is left out, but a clear, real event stays while another event may
    // lend it a participant ("officials threatened to ban the opposition"); an event with no participant at all is dropped
    const bare = !source.length && !target.length && !agreement && !actorSubject;
    if (bare && !(subjectPhrase && (status === 'occurred' || status === 'ongoing'))) return null;
    if (m.trigger.group.pos === 'noun' && !source.length && !agreement) return null;
    const controller = g?.controllers.find((c) => sc.heads.has(c.index));
    // joining or leaving a part of a body ("withdrew from NATO's military command") is no membership step
    const mode = MEMBERSHIP_MODES.has(group.mode ?? '') && this.read.namesPartOfBody(sc, comps, group.target) ? null : group.mode;
    return {
      match: m, group: g, type: group.type, mode, cameo: group.cameo, source, target, agreement, status,
      controlledBy: controller ? controller.index : null, explicitSource: explicit, voiced, bare,
    };
  }

  /** Whether a phrase (its first words) names a natural hazard, a disease or an accident. */
  private naturalCause(sc: TriggerScope, spans: ReadonlyArray<Span | undefined>): boolean {
    return spans.some((sp) => {
      if (!sp) return false;
      for (let i = sp.start; i < sp.end && i < sp.start + 5; i++) if (this.k.naturalCauses.has(sc.tokens[i]!.lower)) return true;
      return false;
    });
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

  /**
   * "officials accused of playing a role", "the accord signed in July 1986": a participle modifying the
   * noun before it (what it was done to), not a clause of its own.
   */
  private reducedRelative(m: TriggerMatch, g: VerbGroup, sc: TriggerScope): boolean {
    if (g.start !== m.head || m.last !== m.head || (g.form !== 'past' && g.form !== 'participle')) return false;
    const next = sc.tokens[m.head + 1], prev = sc.tokens[m.head - 1];
    if (!next || !prev || prev.kind !== 'word' || this.k.clause.pronouns.has(prev.lower)) return false;
    // an agreement is what is signed or ratified, whatever slot the phrase names its recipient in
    if (m.trigger.group.type === 'AGREE' && isAgreementWord(prev.lower)) {
      return AFTER_RELATIVE.has(next.lower) || sc.inTime(m.head + 1);
    }
    if (!this.read.slots(m.trigger.group.target).includes('obj')) return false;
    if (sc.actors.actors.some((x) => x.tokenEnd === m.head && this.k.clause.prepositions.has(next.lower) === false)) return false;
    return next.lower === 'of' || next.lower === 'by' || next.lower === 'for' || next.lower === 'in';
  }

  /** For a noun with no status word of its own: the status of the clause's verb before it. */
  private clauseStatusOf(sc: TriggerScope, head: number): EventDraft['status'] {
    const { tokens, sentence: s } = sc;
    for (let i = head - 1; i >= s.tokenStart && i >= head - 6; i--) {
      const t = tokens[i]!;
      if (t.kind === 'punct') break;
      // a capitalized word is a name ("the United States attack"), not the clause's verb
      if (t.text[0] !== t.lower[0]) continue;
      // "would host talks": the verb after a modal, whatever the lexicon knows of its forms
      if (this.k.status.modals.has(t.lower) && i + 1 < head) {
        const g = readVerbGroup(tokens, s.tokenStart, i + 1, this.lex);
        return verbStatus(g, { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported: sc.reported(i + 1) }, this.k.status, this.k.clause);
      }
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
