import type { Mention, Sentence, Token } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { isBothParties, pronounOf, type DiscourseMemory } from './anaphora.js';
import { findComplements, findSubject, thatClauseSubject, type Span } from './arguments.js';
import type { EventDraft } from './draft.js';
import type { SentenceActors } from './participants.js';
import { looksLikeNoun } from './status-at.js';
import { nounStatus, verbStatus, type StatusContext } from './status.js';
import type { TriggerMatch } from './trigger-index.js';
import { readVerbGroup, type GroupLexicon, type VerbGroup } from './verb-group.js';

const AGREEMENT_WORDS = /^(?:accords?|agreements?|deal|treaty|pact|declaration|alliance|bloc|union|coalition|organi[sz]ation|initiative|framework|convention|charter|club|group|partnership|community)$/;

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
    if (m.head > s.tokenStart && t.text[0] !== t.lower[0]) return null;
    if (looksLikeNoun(tokens, s.tokenStart, m.head, this.lex) && !t.lower.endsWith('ed')) return null;
    const g = readVerbGroup(tokens, s.tokenStart, m.head, this.lex);
    if (g.prepGerund || g.objectControl) return null;
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported: sc.reported(m.head) };
    const status = verbStatus(g, ctx, this.k.status, this.k.clause);
    const subjStart = g.nounController ? g.nounController.index : g.start;
    const subj = g.nounController ? this.possessorOf(sc, g.nounController.index) : this.subjectOf(sc, subjStart);
    const comps = findComplements(tokens, m.last + 1, s.tokenEnd, this.k.clause, this.isHead(sc));
    const group = m.trigger.group;
    let source: ParticipantOut[];
    let target: ParticipantOut[] = [];
    if (g.passive) {
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
    if (subj.parts.length && !g.passive && !group.source) sc.lastSubject = subj.parts;
    return this.finish(m, g, sc, comps, source, target, status, subj.explicit);
  }

  private codeNoun(m: TriggerMatch, sc: TriggerScope): EventDraft | null {
    const { tokens, sentence: s } = sc;
    const pre = this.possessorOf(sc, m.head);
    const comps = findComplements(tokens, m.last + 1, s.tokenEnd, this.k.clause, this.isHead(sc));
    const group = m.trigger.group;
    let source = pre.parts.length ? pre.parts : this.slot(sc, comps, ['by']);
    let target: ParticipantOut[] = [];
    for (const slot of group.target.split(' ')) {
      target = this.slot(sc, comps, [slot]);
      if (target.length) break;
    }
    if (group.mutual && !source.length && target.length > 1) { source = target; target = []; }
    if (!source.length && group.type === 'CONSULT') source = this.slot(sc, comps, ['in', 'at']);
    const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: m.head, reported: sc.reported(m.head) };
    const status = nounStatus(m.head, ctx, this.k.status, this.k.clause) ?? this.clauseStatusOf(sc, m.head);
    return this.finish(m, null, sc, comps, source, target, status, pre.explicit);
  }

  private finish(m: TriggerMatch, g: VerbGroup | null, sc: TriggerScope, comps: Map<string, Span>, source: ParticipantOut[],
    target: ParticipantOut[], status: EventDraft['status'], explicit: boolean): EventDraft | null {
    const group = m.trigger.group;
    const agreement = this.agreementIn(sc, comps, m);
    if (group.needsAgreement && !agreement && !this.hasAgreementWord(sc, comps)) return null;
    if (group.needsActorObject && !target.length) return null;
    if (!source.length && !target.length && !agreement) return null;
    if (m.trigger.group.pos === 'noun' && !source.length && !agreement) return null;
    const controller = g?.controllers.find((c) => sc.heads.has(c.index));
    return {
      match: m, group: g, type: group.type, mode: group.mode, cameo: group.cameo, source, target, agreement, status,
      controlledBy: controller ? controller.index : null, explicitSource: explicit,
    };
  }

  /** The subject of the clause ending at `groupStart`, with pronouns, "both sides" and inherited subjects read. */
  private subjectOf(sc: TriggerScope, groupStart: number): { parts: ParticipantOut[]; explicit: boolean } {
    const subj = findSubject(sc.tokens, sc.sentence.tokenStart, groupStart, this.k.clause);
    if (subj.kind === 'inherit') return { parts: sc.lastSubject, explicit: false };
    for (const span of subj.spans) {
      const parts = this.fromSpan(sc, span);
      if (parts.length) return { parts, explicit: true };
    }
    return { parts: [], explicit: false };
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
      if (w.auxiliaries.has(t.lower) || this.k.status.modals.has(t.lower)) break;
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
    if (head.length) return sc.actors.participants(head);
    if (isBothParties(sc.tokens, span, this.k.clause)) return sc.memory.lastParties;
    const p = pronounOf(sc.tokens, span, this.k.clause);
    if (!p) return [];
    const before = sc.actors.actors.filter((m) => m.tokenEnd <= p.index);
    if (p.kind === 'plural' && sc.lastSubject.length > 1) return sc.lastSubject;
    const ante: Mention | null = sc.memory.antecedent(p.kind, before);
    return ante ? sc.actors.participants([ante]) : [];
  }

  private slot(sc: TriggerScope, comps: Map<string, Span>, slots: readonly string[]): ParticipantOut[] {
    for (const slot of slots) {
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
    return this.hasAgreementWord(sc, comps) || this.namesAgreement(sc, m) ? sc.memory.lastAgreement() : null;
  }

  private hasAgreementWord(sc: TriggerScope, comps: Map<string, Span>): boolean {
    for (const [key, span] of comps) {
      if (key !== 'obj' && key !== 'to' && key !== 'into' && key !== 'with') continue;
      for (let i = span.start; i < span.end && i < span.start + 6; i++) if (AGREEMENT_WORDS.test(sc.tokens[i]!.lower)) return true;
      const mentions = sc.actors.within(span);
      if (mentions.some((x) => { const e = sc.actors.entity(x.entityId); return e?.kind === 'group' || e?.kind === 'organization' && e.subtype === 'igo'; })) return true;
    }
    return false;
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
