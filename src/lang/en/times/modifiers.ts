/**
 * Words that modify a time expression (TimeML TIMEX3 `mod`) and the signals that relate an event
 * to one ("before", "within"). Modifiers belong to the TIMEX3 span ("almost seven years",
 * "early 2011"); signals stay outside it ("before the year's end" → span "the year's end").
 */

/** Modifier phrases before the expression, lower-cased words joined by spaces. */
export const PREFIX_MODS: ReadonlyMap<string, string> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'],
  ['some', 'APPROX'], ['circa', 'APPROX'], ['an estimated', 'APPROX'],
  ['almost', 'LESS_THAN'], ['nearly', 'LESS_THAN'], ['less than', 'LESS_THAN'], ['fewer than', 'LESS_THAN'],
  ['under', 'LESS_THAN'], ['just under', 'LESS_THAN'], ['not quite', 'LESS_THAN'],
  ['more than', 'MORE_THAN'], ['just over', 'MORE_THAN'], ['well over', 'MORE_THAN'],
  ['at least', 'EQUAL_OR_MORE'], ['no less than', 'EQUAL_OR_MORE'],
  ['up to', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'], ['at most', 'EQUAL_OR_LESS'],
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['middle', 'MID'],
  // in the span, with no mod of its own
  ['sometime', ''],
]);

/** Modifiers that only make sense before a number ("some 30 years", "over a week", not "over the weekend"). */
export const MODS_NEEDING_NUMBER: ReadonlySet<string> = new Set(['some', 'under', 'just over', 'just under', 'well over']);

/** Verbs whose particle "around" or "about" is no approximation ("get around", "talking about"). */
export const PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'get', 'gets', 'got', 'getting', 'go', 'goes', 'going', 'went', 'come', 'comes', 'came', 'coming', 'turn',
  'turned', 'talk', 'talks', 'talked', 'talking', 'think', 'thinking', 'thought', 'worry', 'worried', 'bring',
  'brought', 'care', 'cared', 'know', 'knew', 'asked', 'ask', 'said', 'say', 'says', 'spoke', 'speak', 'hear', 'heard',
  'work', 'worked', 'working', 'move', 'moved', 'look', 'looked', 'looking', 'wander', 'wandered',
]);

/** Modifiers of a period's position (early/late/mid …) rather than of a quantity. */
export const POSITION_MODS: ReadonlySet<string> = new Set(['START', 'END', 'MID']);

/** "the end of the year", "the beginning of March": the head word and the TIMEX3 mod it gives. */
export const PART_OF_PERIOD: ReadonlyMap<string, string> = new Map([
  ['end', 'END'], ['close', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID'],
  ['turn', 'START'], ['dawn', 'START'],
]);

/**
 * Temporal signals before an expression, longest first when matched; recorded on the expression
 * (not in its span) so later stages can compute deadlines.
 */
export const SIGNALS: ReadonlySet<string> = new Set([
  'before', 'after', 'by', 'until', 'till', 'til', 'since', 'within', 'in', 'during', 'from', 'through',
  'throughout', 'for', 'on', 'at', 'over', 'ahead of', 'prior to', 'no later than', 'as of', 'as early as',
  'as late as', 'starting', 'beginning', 'following', 'in the next', 'in the coming', 'within the next', 'between',
  'to', 'of', 'around', 'about', 'until after', 'not until', 'no sooner than', 'earlier than', 'later than',
]);

/** Words opening a counted span ("the first nine months", "the past two weeks", "recent years"). */
export const SPAN_OPENERS: ReadonlyMap<string, 'past' | 'future' | 'none'> = new Map([
  ['past', 'past'], ['last', 'past'], ['previous', 'past'], ['preceding', 'past'], ['first', 'none'],
  ['next', 'future'], ['coming', 'future'], ['following', 'future'], ['final', 'none'], ['latest', 'none'],
  ['initial', 'none'], ['same', 'none'], ['recent', 'past'], ['ensuing', 'future'], ['remaining', 'none'],
]);

/** Direction words for calendar units ("last week", "next month", "this year"). */
export const DIRECTIONS: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1],
  ['next', 1], ['coming', 1], ['following', 1], ['upcoming', 1], ['ensuing', 1], ['succeeding', 1],
  ['this', 0], ['current', 0], ['present', 0], ['same', 0], ['that', 0],
]);

/** Words after a number + unit that place it before or after the reference ("two years ago"). */
export const OFFSET_WORDS: ReadonlyMap<string, { readonly sign: number; readonly from: 'dct' | 'ref' | 'either' }> = new Map([
  ['ago', { sign: -1, from: 'dct' }], ['earlier', { sign: -1, from: 'either' }], ['before', { sign: -1, from: 'ref' }],
  ['later', { sign: 1, from: 'either' }], ['after', { sign: 1, from: 'ref' }], ['hence', { sign: 1, from: 'dct' }],
  ['afterward', { sign: 1, from: 'ref' }], ['afterwards', { sign: 1, from: 'ref' }], ['previously', { sign: -1, from: 'either' }],
]);
