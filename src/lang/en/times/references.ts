/**
 * Vague temporal references and recurrences (TimeML: PRESENT_REF, PAST_REF, FUTURE_REF; SET
 * values P1Y, P1D …). Phrases are lower-cased token sequences joined by spaces.
 */

/** Phrases that are vague references on their own. */
export const VAGUE_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'], ['these days', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'], ['this time', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['more recently', 'PAST_REF'], ['most recently', 'PAST_REF'],
  ['formerly', 'PAST_REF'],
  ['the past', 'PAST_REF'], ['the recent past', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'], ['the distant future', 'FUTURE_REF'],
  ['the foreseeable future', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'],
  ['the long term', 'FUTURE_REF'], ['the longer term', 'FUTURE_REF'], ['the coming days', 'FUTURE_REF'],
  ['as soon as possible', 'FUTURE_REF'], ['a later date', 'FUTURE_REF'],
  ['future', 'FUTURE_REF'],
]);

/**
 * Adjectives that are vague references before a noun ("current market conditions"); before a
 * time unit they belong to the unit ("the current quarter"). "recent" and "future" before a noun
 * ("the recent sale", "future earnings") are left out: news annotation marks them less often than
 * not. "future" after a possessive is the noun ("Elian's future").
 */
export const ADJECTIVE_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['current', 'PRESENT_REF'], ['future', 'FUTURE_REF'],
]);

/** Adjective references that count only as nouns after a possessive. */
export const POSSESSED_REFERENCES: ReadonlySet<string> = new Set(['future']);

/**
 * Vague words that are only a time after certain words: "in future" but not "future growth";
 * "at present" but not "present the plan"; "the recent" is an adjective.
 */
export const VAGUE_NEEDS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['future', new Set(['in', 'near', 'distant'])],
  ['this time', new Set(['at', 'by'])],
  ['the present', new Set(['at', 'until', 'to'])],
]);

/** One-word recurrences. */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['annually', 'P1Y'], ['yearly', 'P1Y'], ['daily', 'P1D'], ['nightly', 'P1D'],
  ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'], ['hourly', 'PT1H'],
  ['semiannually', 'P6M'], ['biannually', 'P6M'],
]);

/** Words introducing a recurrence ("every Monday", "each year", "per month"). */
export const SET_QUANTIFIERS: ReadonlySet<string> = new Set(['every', 'each', 'per']);

/** Words that make a following "a/an + unit" a rate, hence a SET ("twice a year", "$5 a day"). */
export const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'times']);

/**
 * Nouns that make "today's …" or "… of tomorrow" the present or future in general ("today's
 * world", "the people of tomorrow") rather than a day.
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'world', 'youth', 'society', 'children', 'generation', 'generations', 'computers', 'economy', 'kids',
  'students', 'technology', 'culture', 'people', 'leaders', 'standards', 'women', 'men', 'families',
  'workers', 'consumers', 'politics', 'times', 'age', 'era',
]);
