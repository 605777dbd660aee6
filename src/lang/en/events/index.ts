import { loadActorModifiers, type ActorModifiers } from './actor-modifiers.js';
import { loadCameoCrosswalk, type CameoCrosswalk } from './cameo.js';
import { loadClauseWords, type ClauseWords } from './clause-words.js';
import { loadNaturalCauses } from './natural-causes.js';
import { loadPredictionCues, type PredictionCues } from './prediction-cues.js';
import { loadStatusCues, type StatusCues } from './status-cues.js';
import type { TriggerGroup } from './trigger-spec.js';
import { CONFLICTUAL_VERBS, OFFICIAL_PROTEST } from './triggers-conflictual.js';
import { COOPERATIVE_VERBS } from './triggers-cooperative.js';
import { EVALUATIONS } from './triggers-evaluations.js';
import { EVENT_NOUNS } from './triggers-nouns.js';

/**
 * English knowledge for the events and predictions stages, loaded once by loadEnglish():
 * trigger phrases (verbs and nouns), status cues, clause words, the CAMEO crosswalk and the
 * cues of a forecast.
 *
 * @example loadEventKnowledge().triggers.length  // number of trigger groups
 */
export interface EventKnowledge {
  readonly triggers: readonly TriggerGroup[];
  readonly status: StatusCues;
  readonly clause: ClauseWords;
  readonly cameo: CameoCrosswalk;
  readonly predictions: PredictionCues;
  readonly modifiers: ActorModifiers;
  /** The event a government's protest is coded as. */
  readonly officialProtest: TriggerGroup;
  /** Nouns of harm with no political actor ("storm", "earthquake", "virus"). */
  readonly naturalCauses: ReadonlySet<string>;
}

export function loadEventKnowledge(): EventKnowledge {
  return {
    triggers: [...COOPERATIVE_VERBS, ...CONFLICTUAL_VERBS, ...EVENT_NOUNS, ...EVALUATIONS],
    status: loadStatusCues(),
    clause: loadClauseWords(),
    cameo: loadCameoCrosswalk(),
    predictions: loadPredictionCues(),
    modifiers: loadActorModifiers(),
    officialProtest: OFFICIAL_PROTEST,
    naturalCauses: loadNaturalCauses(),
  };
}

export type { TriggerGroup } from './trigger-spec.js';
export type { StatusCues } from './status-cues.js';
export type { ClauseWords } from './clause-words.js';
export type { CameoCrosswalk } from './cameo.js';
export type { PredictionCues } from './prediction-cues.js';
export type { ActorModifiers } from './actor-modifiers.js';
