import type { Sentence, Token } from '../../core/analysis.js';
import type { ParticipantOut } from '../../core/contract.js';
import type { DiscourseMemory } from './anaphora.js';
import type { SentenceActors } from './participants.js';

/**
 * What coding one trigger needs: the sentence, its actors, the memory of the document, who speaks.
 *
 * @example const sc: TriggerScope = { tokens, sentence, actors, memory, heads, reported, lastSubject: [], speaker, quoteSpeaker };
 */
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
  /** Is this token inside a time expression ("next year", "soon")? */
  readonly inTime: (token: number) => boolean;
}
