import type { Token } from '../../core/analysis.js';
import type { ParticipantOut, PloverType } from '../../core/contract.js';
import { locativeState } from './located-actors.js';
import type { SentenceActors } from './participants.js';

/**
 * Force used somewhere is taken, when no actor is named, as the local authorities' or fighters':
 * "was arrested in Lebanon" (COERCE by LBN), "soldiers killed in Ukraine" (ASSAULT in UKR).
 */
const PLACE_SOURCE_TYPES: ReadonlySet<PloverType> = new Set(['COERCE', 'ASSAULT', 'PROTEST', 'MOBILIZE']);
/**
 * Types whose recipient is not a venue: a meeting held somewhere is not "with" that place, and a
 * cooperation named with no partner has none.
 */
const NO_DEFAULT_TARGET: ReadonlySet<PloverType> = new Set(['CONSULT', 'COOPERATE']);

/**
 * The state a locative phrase in [from, to) places the event in ("… arrested in southern Lebanon"),
 * places that modify another name included ("near Macedonia's border").
 *
 * @example placeState(tokens, actors, 0, 12)  // { entity: 'LBN', state: 'LBN' }
 */
export function placeState(tokens: readonly Token[], actors: SentenceActors, from: number, to: number): ParticipantOut | null {
  const id = locativeState(tokens, actors.states, actors.entities, from, to);
  return id ? { entity: id, state: id } : null;
}

/** A source for a use of force with no named actor: the state it took place in. */
export function placeSource(type: PloverType, tokens: readonly Token[], actors: SentenceActors, from: number, to: number): ParticipantOut[] {
  if (!PLACE_SOURCE_TYPES.has(type)) return [];
  const p = placeState(tokens, actors, from, to);
  return p ? [p] : [];
}

/** Words that close the clause of a trigger: what follows them is another event's business. */
const CLAUSE_ENDS = new Set([';', ':', 'but', 'while', 'whilst', 'although', 'though', 'whereas', 'after', 'before',
  'since', 'because', 'when', 'as', 'who', 'which', 'whose', 'where', 'said', 'says', 'according', 'told', 'adding', 'saying']);

/**
 * The recipient of an event that names none in its slots: the first other state named later in its
 * clause, deeper in a phrase or in a condition ("demanded an admission by Moscow", "a suspension of
 * air links with Serbia", "threatened to stop talks if the United States …", "engaged in ethnic
 * cleansing in Montenegro"); else, following our annotation guide (convention 5: domestic events
 * have the same state on both sides), the actor's own state ("Turkish police prevented the
 * demonstration", "the Serbian parliament approved a law"). Events with several acting states
 * (mutual ones), meetings and cooperation keep an empty target, and so does an event about an
 * agreement (`aboutAgreement`), whose counterpart is the agreement ("Kazakhstan will join the
 * Abraham Accords" is no domestic event).
 *
 * @example defaultTarget('COERCE', [{ entity: 'TUR', state: 'TUR' }], …)  // [{ entity: 'TUR', state: 'TUR' }]
 */
export function defaultTarget(type: PloverType, source: readonly ParticipantOut[], tokens: readonly Token[],
  actors: SentenceActors, from: number, to: number, heads: ReadonlySet<number> = new Set(), aboutAgreement = false): ParticipantOut[] {
  if (NO_DEFAULT_TARGET.has(type) || !source.length) return [];
  let state: string | null = null;
  for (const p of source) {
    if (!p.state) continue;
    if (state && p.state !== state) return [];
    state = p.state;
  }
  let end = from;
  // "… near AKP offices to protest the decision of sending troops to Iraq": a purpose clause is another event's
  while (end < to && !CLAUSE_ENDS.has(tokens[end]!.lower) && !(end > from && tokens[end]!.lower === 'to' && heads.has(end + 1))) {
    // a parenthesis ("Facilities (UCF) in central Iran") is stepped over, not an end
    if (tokens[end]!.text === '(') while (end < to && tokens[end]!.text !== ')') end++;
    end++;
  }
  for (const m of actors.actors) {
    if (m.tokenStart < from || m.tokenEnd > end) continue;
    // "during his second term": a possessor pronoun is no recipient
    if (m.tokenEnd - m.tokenStart === 1 && actors.words.possessives.has(tokens[m.tokenStart]!.lower)) continue;
    const e = actors.entity(m.entityId);
    const other = e?.kind === 'state' ? e.id : e?.state;
    if (other && other !== state) return [{ entity: e!.id, state: other }];
  }
  return state && !aboutAgreement ? [{ entity: state, state }] : [];
}
