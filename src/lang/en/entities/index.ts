import { ABBREVIATIONS } from '../abbreviations.js';
import { AGREEMENT_ANAPHORS, AGREEMENT_HEADS, AGREEMENT_OF_HEADS } from './agreement-shapes.js';
import { BODIES, BODY_HEADS, SHORT_NAMES, type BodySpec, type ShortName } from './bodies.js';
import { DATELINE_WORDS, type DatelineWords } from '../dateline.js';
import { GROUP_COUNTS, GROUP_NOUNS, GROUPS, type GroupSpec } from './groups.js';
import {
  COMPOUND_BLOCKERS, DEMONYM_NAME_HEADS, FUNCTION_WORDS, NON_PERSON_NAME_WORDS, STATE_NOUNS, GEORGIA_STATE_CONTEXT, NAME_PARTICLES, NON_ENTITY_NAMES, OTHER_PARTY_PREPOSITIONS, PEOPLE_AFTER_STATE,
  US_PLACES, NAME_STOP_WORDS, NAME_SUFFIXES, US_PRONOUN_BEFORE, US_STATE_CONTEXT,
} from './name-words.js';
import { LOCATIVE_WORDS, PLACE_LIST_GLUE, PLACE_NAME_EXCLUSIONS, PLACE_NOUNS, loadPlaces, type PlaceRecord } from './places.js';
import { loadReferenceData, type ReferenceData } from './reference.js';
import { AMBIGUOUS_STATE_NAMES } from './state-additions.js';
import { STATE_SUCCESSIONS, type StateSuccession } from './state-successions.js';
import { loadStates, type StateRecord } from './states.js';
import {
  HYPHEN_SUFFIXES, ORGANIZATION_WORDS, SPEECH_VERBS, TITLE_COMPLEMENT_WORDS, TITLE_HEADS, TITLE_MODIFIERS, TITLES, type TitleSpec,
} from './titles.js';

export type { StateRecord } from './states.js';
export type { PlaceRecord } from './places.js';
export type { StateSuccession } from './state-successions.js';
export type { AgreementRecord, OrganizationRecord, PersonRecord, PersonRole } from './reference.js';
export type { TitleSpec } from './titles.js';
export type { BodySpec, ShortName } from './bodies.js';
export type { GroupSpec } from './groups.js';

/**
 * English knowledge for the entities stage, loaded once by loadEnglish(): gazetteers (states,
 * people, organizations, agreements, groups) and the word lists that read names in context.
 *
 * @example const k = loadEntityKnowledge(); k.states.find((s) => s.code === 'KAZ')?.demonyms
 */
export interface EntityKnowledge {
  readonly states: readonly StateRecord[];
  /** Places inside states (regions, provinces, cities): locations linked to their state. */
  readonly places: readonly PlaceRecord[];
  readonly placeNameExclusions: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly locativeWords: ReadonlySet<string>;
  readonly placeListGlue: ReadonlySet<string>;
  /** States founded on a date: before it, their places (or all names) stand for the predecessor. */
  readonly successions: readonly StateSuccession[];
  readonly otherPartyPrepositions: ReadonlySet<string>;
  readonly demonymNameHeads: ReadonlySet<string>;
  readonly nonPersonNameWords: ReadonlySet<string>;
  readonly stateNouns: ReadonlySet<string>;
  readonly usPronounBefore: ReadonlySet<string>;
  readonly reference: ReferenceData;
  readonly groups: readonly GroupSpec[];
  readonly groupNouns: ReadonlySet<string>;
  readonly groupCounts: ReadonlySet<string>;
  readonly bodies: readonly BodySpec[];
  readonly shortNames: readonly ShortName[];
  readonly bodyHeads: ReadonlySet<string>;
  readonly titles: readonly TitleSpec[];
  readonly titleHeads: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly titleComplementWords: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly organizationWords: ReadonlySet<string>;
  readonly hyphenSuffixes: ReadonlySet<string>;
  readonly agreementHeads: ReadonlySet<string>;
  readonly agreementOfHeads: ReadonlySet<string>;
  readonly agreementAnaphors: ReadonlyMap<string, readonly string[]>;
  readonly nameParticles: ReadonlySet<string>;
  readonly nameSuffixes: ReadonlySet<string>;
  readonly nameStopWords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly compoundBlockers: ReadonlySet<string>;
  readonly nonEntityNames: readonly string[];
  readonly peopleAfterState: ReadonlySet<string>;
  readonly ambiguousStateNames: ReadonlySet<string>;
  readonly usStateContext: ReadonlySet<string>;
  readonly georgiaStateContext: ReadonlySet<string>;
  /** The words of a paragraph's dateline ("DECATUR, Ill. —"), whose place is no mention. */
  readonly dateline: DatelineWords;
  /** The tokenizer's abbreviations, so gazetteer names split into the same tokens as the text. */
  readonly abbreviations: ReadonlySet<string>;
}

export function loadEntityKnowledge(): EntityKnowledge {
  return {
    states: loadStates(),
    places: loadPlaces(), placeNameExclusions: PLACE_NAME_EXCLUSIONS, placeNouns: PLACE_NOUNS, locativeWords: LOCATIVE_WORDS, placeListGlue: PLACE_LIST_GLUE,
    successions: STATE_SUCCESSIONS, otherPartyPrepositions: OTHER_PARTY_PREPOSITIONS, demonymNameHeads: DEMONYM_NAME_HEADS, nonPersonNameWords: NON_PERSON_NAME_WORDS, stateNouns: STATE_NOUNS, usPronounBefore: US_PRONOUN_BEFORE,
    reference: loadReferenceData(),
    groups: GROUPS, groupNouns: GROUP_NOUNS, groupCounts: GROUP_COUNTS,
    bodies: BODIES, shortNames: SHORT_NAMES, bodyHeads: BODY_HEADS,
    titles: TITLES, titleHeads: TITLE_HEADS, titleModifiers: TITLE_MODIFIERS, titleComplementWords: TITLE_COMPLEMENT_WORDS,
    speechVerbs: SPEECH_VERBS, organizationWords: ORGANIZATION_WORDS, hyphenSuffixes: HYPHEN_SUFFIXES,
    agreementHeads: AGREEMENT_HEADS, agreementOfHeads: AGREEMENT_OF_HEADS, agreementAnaphors: AGREEMENT_ANAPHORS,
    nameParticles: NAME_PARTICLES, nameSuffixes: NAME_SUFFIXES, nameStopWords: NAME_STOP_WORDS,
    functionWords: FUNCTION_WORDS, compoundBlockers: COMPOUND_BLOCKERS, nonEntityNames: [...NON_ENTITY_NAMES, ...US_PLACES], peopleAfterState: PEOPLE_AFTER_STATE,
    ambiguousStateNames: AMBIGUOUS_STATE_NAMES, usStateContext: US_STATE_CONTEXT, georgiaStateContext: GEORGIA_STATE_CONTEXT,
    dateline: DATELINE_WORDS, abbreviations: ABBREVIATIONS,
  };
}
