/**
 * US states as AP style abbreviates them in datelines and after a city ("Ill.", "Calif."; AP
 * Stylebook, "state names"; and older wire copy's "Tex."), lower-cased, without the period; the
 * one-word ones, which the tokenizer keeps with their period.
 */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
];

/**
 * English abbreviations that end in a period without ending a sentence.
 * Lower-cased, without the final period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'adm', 'sgt', 'cpl', 'pvt', 'rev', 'hon', 'amb', 'pres', 'sec', 'supt', 'insp', 'messrs', 'mme',
  'st', 'sr', 'jr', 'ft', 'mt',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // companies and misc
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vol', 'vs', 'v',
  'approx', 'est', 'fig', 'pp', 'p', 'ca', 'cf', 'al', 'etc', 'mln', 'bln', 'pct', 'ave', 'blvd',
  ...US_STATE_ABBREVIATIONS,
]);

/** Abbreviations that may also end a sentence ("… at 5 p.m. The next day …"). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'inc', 'corp', 'co', 'ltd', 'plc', 'jr', 'sr', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** Words after which a line break does not end a sentence (the sentence runs on). */
export const RUN_ON_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but',
  'as', 'that', 'which', 'who', 'whose', 'his', 'her', 'its', 'their', 'our', 'this', 'these',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'than',
]);
