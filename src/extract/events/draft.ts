import type { EventStatus, ParticipantOut, PloverType } from '../../core/contract.js';
import type { TriggerMatch } from './trigger-index.js';
import type { VerbGroup } from './verb-group.js';

/**
 * An event as coded from one trigger, before attribution and time are added.
 *
 * @example { type: 'CONSULT', mode: 'meet', source: [USA], target: [KAZ], status: 'occurred', … }
 */
export interface EventDraft {
  readonly match: TriggerMatch;
  readonly group: VerbGroup | null;
  type: PloverType;
  mode: string | null;
  cameo: string;
  source: ParticipantOut[];
  target: ParticipantOut[];
  agreement: string | null;
  status: EventStatus;
  /** Head token of the trigger that controls this one through "to" ("threatened to impose"). */
  controlledBy: number | null;
  /** Whether the actor was named in the clause (not inherited or guessed from a pronoun). */
  readonly explicitSource: boolean;
  /** The actor is the speaker of the statement the trigger stands in ("Trump deserves respect," Cameron said). */
  readonly voiced?: boolean;
  /** No participant was found: the event holds only if a controlled event lends it one ("officials threatened to ban X"). */
  readonly bare?: boolean;
}
