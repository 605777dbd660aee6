/**
 * Context words the times parsers check around a candidate, lower-cased. They decide whether an
 * ambiguous word is a time ("in May" vs "may"), a number a year ("since 1948" vs "1948 troops"),
 * a bare plural a span ("for years"), or a number a clock time ("at 10:35").
 */

/** Words before a lone month name that make it a date ("in May", "since March", "last April"). */
export const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'early',
  'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'between', 'and', 'or', 'past', 'coming', 'on',
]);

/** Words after which a number outside 1900–2099 is still a year ("in 1848", "since 1066"). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'by', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'early', 'late',
  'mid', 'fiscal', 'year', 'and', 'or', 'between', 'till', 'summer', 'spring', 'fall', 'autumn', 'winter', ',',
]);

/** Words before a bare plural unit that make it a span of time ("for years", "within weeks"). */
export const BARE_PLURAL_BEFORE: ReadonlySet<string> = new Set([
  'for', 'in', 'within', 'over', 'after', 'took', 'take', 'takes', 'taking', 'lasted', 'spent', 'spend', 'waited',
  'wait', 'and', 'or', 'the',
]);

/** Words after a bare plural unit that make it a span ("years ago", "months of talks"). */
export const BARE_PLURAL_AFTER: ReadonlySet<string> = new Set(['ago', 'of', 'later', 'earlier', 'before', 'after', 'ahead', 'or', 'and']);

/** Time-zone abbreviations that may follow a clock time. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'jst',
]);

/** Words before "10:35" that make it a clock time without "a.m." ("at 10:35", "until 17:00"). */
export const CLOCK_CONTEXT: ReadonlySet<string> = new Set([
  'at', 'around', 'about', 'by', 'until', 'till', 'before', 'after', 'from', 'to', 'since', 'and',
]);

/** Parts of day that stand alone as a time of the document date ("by mid-afternoon"). */
export const STANDALONE_PARTS_OF_DAY: ReadonlySet<string> = new Set([
  'mid-afternoon', 'midafternoon', 'mid-morning', 'midmorning', 'mid afternoon', 'mid morning',
]);

/** Adjectives before "quarter"/"period" that point at the quarter under discussion ("the latest quarter"). */
export const CURRENT_PERIOD_WORDS: ReadonlySet<string> = new Set([
  'latest', 'recent', 'current', 'same', 'comparable', 'corresponding', 'that', 'this', 'most',
]);
