/**
 * English knowledge for the times stage (calendar words, numbers, units, modifiers, vague
 * references, negative contexts, tense cues), loaded once by loadEnglish().
 */
import { AMBIGUOUS_MONTHS, AMBIGUOUS_WEEKDAYS, DAY_WORDS, HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, type HolidayRule } from './calendar.js';
import {
  DIRECTIONS, MODS_NEEDING_NUMBER, OFFSET_WORDS, PART_OF_PERIOD, PARTICLE_VERBS, PREFIX_MODS, SIGNALS, SPAN_OPENERS,
} from './modifiers.js';
import { AMOUNT_WORDS, COUNTED_NOUNS, CURRENCY_MARKS, NAME_HEADS, NAMED_TITLES } from './negatives.js';
import { CARDINALS, COUNT_NOUNS, DECADE_WORDS, MULTIPLIERS, ORDINALS, VAGUE_QUANTIFIERS } from './numbers.js';
import {
  ADJECTIVE_REFERENCES, FREQUENCY_WORDS, GENERIC_NOUNS, POSSESSED_REFERENCES, SET_QUANTIFIERS, SET_WORDS, VAGUE_NEEDS_BEFORE, VAGUE_REFERENCES,
} from './references.js';
import { loadTenseCues, type TenseCues } from './tense.js';
import {
  BARE_PLURAL_AFTER, BARE_PLURAL_BEFORE, CLOCK_CONTEXT, CURRENT_PERIOD_WORDS, MONTH_CONTEXT, STANDALONE_PARTS_OF_DAY,
  TIME_ZONES, YEAR_CONTEXT,
} from './context.js';
import { UNIT_ADJECTIVE_SUFFIXES, UNIT_QUALIFIERS, UNITS, type UnitInfo } from './units.js';

export type { HolidayRule } from './calendar.js';
export type { UnitInfo, UnitName } from './units.js';
export type { TenseCues } from './tense.js';

/**
 * Everything the times stage knows about English. Keys are lower-cased, abbreviations without
 * their period; multi-word keys are words joined by single spaces.
 *
 * @example
 * const k = loadTimeKnowledge();
 * k.months.get('sept');   // 9
 * k.units.get('decades'); // { unit: 'decade', code: 'DE', clock: false }
 */
export interface TimeKnowledge {
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly ambiguousWeekdays: ReadonlySet<string>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly dayWords: ReadonlyMap<string, number>;
  readonly holidays: ReadonlyMap<string, HolidayRule>;
  readonly cardinals: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly countNouns: ReadonlyMap<string, number>;
  readonly vagueQuantifiers: ReadonlySet<string>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly decadeWords: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, UnitInfo>;
  readonly unitAdjectiveSuffixes: ReadonlySet<string>;
  readonly unitQualifiers: ReadonlySet<string>;
  readonly prefixMods: ReadonlyMap<string, string>;
  readonly modsNeedingNumber: ReadonlySet<string>;
  readonly particleVerbs: ReadonlySet<string>;
  readonly partOfPeriod: ReadonlyMap<string, string>;
  readonly signals: ReadonlySet<string>;
  readonly directions: ReadonlyMap<string, number>;
  readonly spanOpeners: ReadonlyMap<string, 'past' | 'future' | 'none'>;
  readonly offsetWords: typeof OFFSET_WORDS;
  readonly vagueReferences: ReadonlyMap<string, string>;
  readonly vagueNeedsBefore: ReadonlyMap<string, ReadonlySet<string>>;
  readonly adjectiveReferences: ReadonlyMap<string, string>;
  readonly possessedReferences: ReadonlySet<string>;
  readonly genericNouns: ReadonlySet<string>;
  readonly setWords: ReadonlyMap<string, string>;
  readonly setQuantifiers: ReadonlySet<string>;
  readonly frequencyWords: ReadonlySet<string>;
  readonly namedTitles: readonly string[];
  readonly nameHeads: ReadonlySet<string>;
  readonly countedNouns: ReadonlySet<string>;
  readonly currencyMarks: ReadonlySet<string>;
  readonly amountWords: ReadonlySet<string>;
  readonly tense: TenseCues;
  readonly monthContext: ReadonlySet<string>;
  readonly yearContext: ReadonlySet<string>;
  readonly barePluralBefore: ReadonlySet<string>;
  readonly barePluralAfter: ReadonlySet<string>;
  readonly timeZones: ReadonlySet<string>;
  readonly clockContext: ReadonlySet<string>;
  readonly standalonePartsOfDay: ReadonlySet<string>;
  readonly currentPeriodWords: ReadonlySet<string>;
}

export function loadTimeKnowledge(): TimeKnowledge {
  return {
    months: MONTHS, ambiguousMonths: AMBIGUOUS_MONTHS, weekdays: WEEKDAYS, ambiguousWeekdays: AMBIGUOUS_WEEKDAYS,
    seasons: SEASONS, partsOfDay: PARTS_OF_DAY, dayWords: DAY_WORDS, holidays: HOLIDAYS,
    cardinals: CARDINALS, multipliers: MULTIPLIERS, countNouns: COUNT_NOUNS, vagueQuantifiers: VAGUE_QUANTIFIERS,
    ordinals: ORDINALS, decadeWords: DECADE_WORDS, units: UNITS, unitAdjectiveSuffixes: UNIT_ADJECTIVE_SUFFIXES,
    unitQualifiers: UNIT_QUALIFIERS, prefixMods: PREFIX_MODS, modsNeedingNumber: MODS_NEEDING_NUMBER, particleVerbs: PARTICLE_VERBS,
    partOfPeriod: PART_OF_PERIOD, signals: SIGNALS, directions: DIRECTIONS, spanOpeners: SPAN_OPENERS, offsetWords: OFFSET_WORDS,
    vagueReferences: VAGUE_REFERENCES, vagueNeedsBefore: VAGUE_NEEDS_BEFORE, adjectiveReferences: ADJECTIVE_REFERENCES, possessedReferences: POSSESSED_REFERENCES, genericNouns: GENERIC_NOUNS, setWords: SET_WORDS,
    setQuantifiers: SET_QUANTIFIERS, frequencyWords: FREQUENCY_WORDS, namedTitles: NAMED_TITLES,
    nameHeads: NAME_HEADS, countedNouns: COUNTED_NOUNS, currencyMarks: CURRENCY_MARKS, amountWords: AMOUNT_WORDS, tense: loadTenseCues(),
    monthContext: MONTH_CONTEXT, yearContext: YEAR_CONTEXT, barePluralBefore: BARE_PLURAL_BEFORE,
    barePluralAfter: BARE_PLURAL_AFTER, timeZones: TIME_ZONES, clockContext: CLOCK_CONTEXT,
    standalonePartsOfDay: STANDALONE_PARTS_OF_DAY, currentPeriodWords: CURRENT_PERIOD_WORDS,
  };
}
