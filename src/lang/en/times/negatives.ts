/**
 * Contexts in which time-like words are not times: titles of programmes and organizations,
 * money and counts after numbers. Lower-cased token sequences.
 */

/** Names that contain time words (TV programmes, events, organizations). */
export const NAMED_TITLES: readonly string[] = [
  'saturday night live', 'monday night football', 'thursday night football', 'sunday night football',
  'good morning america', 'this week', 'sunday morning', 'face the nation', 'meet the press',
  'today show', 'the today show', 'nightline', '60 minutes', '48 hours', '20/20', 'early today',
  'the early show', 'the tonight show', 'tonight show', 'morning edition', 'weekend edition',
  'all things considered', 'world news tonight', 'newshour', 'the newshour', 'nightly news',
  'march of dimes', 'black september', 'the may fourth movement', 'daily mail', 'daily news',
  'daily telegraph', 'daily beast', 'the daily', 'the times', 'newsweek', 'sunday times', 'the sunday times',
  'financial times', 'new york times', 'los angeles times', 'washington times', 'time magazine',
  'summer palace', 'spring festival', 'fall river', 'winter olympics', 'summer olympics',
];

/** Title words: a time word right before one of these, capitalized, is part of a name. */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  'microsystems', 'corp', 'inc', 'co', 'ltd', 'company', 'group', 'times', 'news', 'journal', 'post',
  'magazine', 'show', 'program', 'programme', 'island', 'islands', 'street', 'avenue', 'square', 'party',
  'movement', 'revolution', 'war', 'offensive', 'accords', 'agreement', 'brothers', 'bank', 'airlines',
]);

/** Nouns counted by a number, so the number is not a year ("1990 shares", "2000 troops"). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'shares', 'troops', 'soldiers', 'votes', 'workers', 'employees', 'jobs', 'units',
  'cars', 'vehicles', 'tons', 'tonnes', 'barrels', 'acres', 'miles', 'kilometers', 'km', 'feet', 'meters',
  'dollars', 'euros', 'pounds', 'yen', 'points', 'homes', 'houses', 'cases', 'deaths', 'students',
  'members', 'delegates', 'prisoners', 'refugees', 'civilians', 'rockets', 'missiles', 'planes', 'aircraft',
  'patients', 'children', 'men', 'women', 'passengers', 'visitors', 'copies', 'calories', 'words', 'pages',
  'metres', 'yards', 'square', 'sq', 'ounces', 'grams', 'kilograms', 'kg', 'gallons', 'liters', 'litres', 'percent',
  'per', 'pct', 'mw', 'megawatts', 'residents', 'officers', 'police', 'protesters', 'demonstrators', 'fighters',
  'ships', 'boats', 'tanks', 'guns', 'weapons', 'doses', 'tests', 'infections', 'flights', 'seats', 'beds',
  'million', 'billion', 'trillion', 'times', 'companies', 'firms', 'banks', 'stores', 'sites', 'villages',
]);

/** Currency marks before a number: then it is money, not a year or a clock time. */
export const CURRENCY_MARKS: ReadonlySet<string> = new Set([
  '$', '€', '£', '¥', '#', 'us$', 'c$', 'a$', 'hk$', 'rs', 'rs.', 'usd', 'eur', 'gbp', 'yen',
]);

/** Words ending an amount, so "a year" after them is a rate ("$2 million a year", "5 cents a day"). */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'percent', 'pct', 'cents', 'million', 'billion', 'trillion', 'dollars', 'pence', 'thousand', 'hundred',
]);
