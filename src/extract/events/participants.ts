import type { Entity, Mention, Token } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { ActorModifiers } from '../../lang/en/events/actor-modifiers.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';
import type { Span } from './arguments.js';
import { locativeState, mentionRole } from './located-actors.js';

/**
 * The actors mentioned in a sentence, and how to read them off a phrase.
 *
 * @example new SentenceActors(mentions, entities, tokens, words, modifiers, sentence).head({ start: 0, end: 4 })
 */
export class SentenceActors {
  /** Actor mentions of the sentence, in text order (names that only place or describe are left out). */
  readonly actors: readonly Mention[];
  readonly agreements: readonly Mention[];
  /** Every state mention of the sentence, places included: where events happen. */
  readonly states: readonly Mention[];
  /** Ethnic groups coded by the state they live in ("ethnic Albanians in Serbia" → SRB). */
  private readonly livesIn = new Map<Mention, string>();

  constructor(mentions: readonly Mention[], readonly entities: ReadonlyMap<string, Entity>,
    private readonly tokens: readonly Token[], readonly words: ClauseWords, modifiers: ActorModifiers,
    sentence: { readonly tokenStart: number; readonly tokenEnd: number }) {
    const actors: Mention[] = [];
    const agreements: Mention[] = [];
    const states: Mention[] = [];
    const ethnic: Mention[] = [];
    for (const m of mentions) {
      const e = entities.get(m.entityId);
      if (!e) continue;
      if (e.kind === 'state') states.push(m);
      if (e.kind === 'agreement') agreements.push(m);
      else if (isActor(e)) {
        const role = mentionRole(tokens, m, modifiers);
        if (role === 'place') continue;
        if (role === 'ethnic') ethnic.push(m);
        actors.push(m);
      }
    }
    this.actors = actors;
    this.agreements = agreements;
    this.states = states;
    for (const m of ethnic) {
      const home = locativeState(tokens, states, entities, sentence.tokenStart, sentence.tokenEnd, m);
      if (home && home !== entities.get(m.entityId)?.state) this.livesIn.set(m, home);
    }
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Actor mentions inside a span. */
  within(span: Span): Mention[] {
    return this.actors.filter((m) => m.tokenStart >= span.start && m.tokenEnd <= span.end);
  }

  /**
   * The actors a noun phrase is about: those not buried under a preposition ("Security forces in
   * Guinea" → Guinea, as nothing comes before "in"; "The US commander in Iraq" → the US). Depth is
   * the number of prepositions since the last comma; the shallowest mentions win, so coordinated
   * actors ("Hungarian and Romanian officials") all count.
   */
  head(span: Span): Mention[] {
    const inSpan = this.within(span);
    if (inSpan.length <= 1) return inSpan;
    const depthAt = new Map<Mention, number>();
    let depth = 0;
    let mi = 0;
    for (let i = span.start; i < span.end && mi < inSpan.length; i++) {
      const m = inSpan[mi]!;
      if (i === m.tokenStart) { depthAt.set(m, depth); i = m.tokenEnd - 1; mi++; continue; }
      const w = this.tokens[i]!.lower;
      if (w === ',') depth = 0;
      else if (this.words.prepositions.has(w) && w !== 'of') depth++;
    }
    const min = Math.min(...depthAt.values());
    return inSpan.filter((m) => depthAt.get(m) === min);
  }

  /** The last actor named in a span and those coordinated with it ("including Saudi Arabia" → SAU). */
  lastGroup(span: Span): Mention[] {
    const inSpan = this.within(span);
    if (!inSpan.length) return [];
    const out = [inSpan[inSpan.length - 1]!];
    for (let i = inSpan.length - 2; i >= 0; i--) {
      const gap = this.tokens.slice(inSpan[i]!.tokenEnd, out[0]!.tokenStart).map((t) => t.lower);
      if (!gap.every((w) => w === 'and' || w === ',' || w === 'or')) break;
      out.unshift(inSpan[i]!);
    }
    return out;
  }

  /**
   * A participant that is a government, not a people: a state named as such ("China", "Beijing";
   * "Palestinians", "Turkish" students, demonstrators "in Baghdad" are people), an international body.
   */
  isOfficial(p: ParticipantOut): boolean {
    const e = this.entities.get(p.entity);
    if (!e) return false;
    if (e.kind === 'organization') return e.subtype === 'igo';
    if (e.kind !== 'state') return false;
    return this.actors.some((m) => m.entityId === e.id && (m.via === 'name' || m.via === 'metonym' || m.via === 'alias')
      && !PLACING.has(this.tokens[m.tokenStart - 1]?.lower ?? ''));
  }

  /** A comma between two names of a list ("the UAE, Bahrain and Morocco"). */
  isListComma(i: number): boolean {
    const next = this.tokens[i + 1]?.lower === 'and' ? i + 2 : i + 1;
    return this.actors.some((m) => m.tokenEnd === i) && this.actors.some((m) => m.tokenStart === next);
  }

  /** A span split at its commas (commas inside a mention do not split). */
  commaChunks(span: Span): Span[] {
    const out: Span[] = [];
    let start = span.start;
    for (let i = span.start; i < span.end; i++) {
      if (this.tokens[i]!.text !== ',' || this.actors.some((m) => m.tokenStart < i && i < m.tokenEnd)) continue;
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
    if (span.end > start) out.push({ start, end: span.end });
    return out.length ? out : [span];
  }

  /**
   * A part of a list of names: actor mentions with only titles ("Foreign Minister Sheikh"), "and",
   * "or", "the" and a dateline ("RABAT -") around them.
   */
  isListItem(span: Span): boolean {
    let named = false;
    for (let i = span.start; i < span.end; i++) {
      const m = this.actors.find((x) => x.tokenStart === i);
      if (m && m.tokenEnd <= span.end) { named = true; i = m.tokenEnd - 1; continue; }
      const t = this.tokens[i]!;
      if (LIST_GLUE.has(t.lower) || t.text === '-' && i > span.start) continue;
      if (t.kind !== 'word' || t.text[0] === t.lower[0] || this.words.prepositions.has(t.lower)) return false;
    }
    return named;
  }

  /** Agreement mentions inside a span. */
  agreementsWithin(span: Span): Mention[] {
    return this.agreements.filter((m) => m.tokenStart >= span.start && m.tokenEnd <= span.end);
  }

  participants(mentions: readonly Mention[]): ParticipantOut[] {
    const out: ParticipantOut[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      const home = this.livesIn.get(m);
      const e = this.entities.get(home ?? m.entityId);
      if (!e || seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ entity: e.id, state: e.kind === 'state' ? e.id : e.state });
    }
    return out;
  }
}

/** Prepositions that make a name a place ("demonstrators in Baghdad"), unlike "protests from Senegal". */
const PLACING = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'into', 'on']);
const LIST_GLUE = new Set(['and', 'or', 'the']);

/** An entity that can act: a state, a person or organization (not a news outlet), a group. */
export function isActor(e: Entity): boolean {
  if (e.kind === 'agreement') return false;
  if (e.kind === 'organization' && e.subtype === 'media') return false;
  if (e.kind === 'organization' && e.subtype === 'company' && !e.state) return false;
  return true;
}

/** The states of a participant list, for comparing actors. */
export function statesOf(parts: readonly ParticipantOut[]): Set<string> {
  const out = new Set<string>();
  for (const p of parts) if (p.state) out.add(p.state);
  return out;
}

/** Whether two participant lists share a state. */
export function statesOverlap(a: readonly ParticipantOut[], b: readonly ParticipantOut[]): boolean {
  const sa = statesOf(a);
  return [...statesOf(b)].some((x) => sa.has(x));
}
