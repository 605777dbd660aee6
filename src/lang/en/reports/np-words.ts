/**
 * Function words that decide where a phrase naming a source starts and ends. Lower-cased,
 * typographic apostrophes folded.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'one', 'two', 'three', 'four', 'five', 'several',
  'some', 'many', 'most', 'other', 'another', 'both', 'all', 'each', 'any', 'few', 'more', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'no', 'such', 'numerous', 'various', 'multiple', 'dozens',
]);

/** Adjectives often found before a source's head noun ("senior", "former", "top"). */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'former', 'top', 'chief', 'deputy', 'assistant', 'acting', 'interim', 'then', 'current',
  'longtime', 'veteran', 'leading', 'prominent', 'local', 'national', 'federal', 'regional', 'state',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'justice', 'press', 'administration',
  'government', 'white', 'house', 'military', 'intelligence', 'security', 'diplomatic', 'economic',
  'political', 'campaign', 'party', 'congressional', 'presidential', 'republican', 'democratic',
  'high-ranking', 'high', 'ranking', 'unnamed', 'anonymous', 'independent', 'outside', 'key', 'other',
  'western', 'arab', 'european', 'international', 'official', 'new', 'same', 'u.s.', 'us', 'un',
  'health', 'trade', 'energy', 'oil', 'labor', 'labour', 'senate', 'house', 'legal', 'police',
  'spokesman', 'news', 'wire', 'media', 'industry', 'market', 'union', 'opposition', 'ruling', 'rebel',
  'palestinian', 'israeli', 'american', 'saudi', 'iranian', 'russian', 'chinese', 'british', 'french',
  'german', 'turkish', 'egyptian', 'mexican', 'canadian', 'japanese', 'indian',
]);

/** Pronouns that can name a speaker, with their number. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'singular' | 'plural' | 'self' | 'thing'> = new Map([
  ['he', 'singular'], ['she', 'singular'], ['they', 'plural'], ['we', 'self'], ['i', 'self'],
  ['it', 'thing'], ['you', 'self'], ['one', 'plural'], ['both', 'plural'], ['who', 'singular'],
]);

/** Words that may stand between a source and its verb ("Trump also said", "he has long argued"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'previously', 'earlier', 'then', 'recently', 'once', 'again', 'reportedly',
  'publicly', 'privately', 'repeatedly', 'often', 'flatly', 'simply', 'quickly', 'just', 'long',
  'has', 'have', 'had', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'is', 'was',
  'were', 'are', 'be', 'been', 'being', 'not', "n't", 'never', 'always', 'still', 'already', 'first',
  'last', 'further', 'explicitly', 'bluntly', 'openly', 'frankly', 'candidly', 'directly', 'angrily',
  'firmly', 'clearly', 'proudly', 'quietly', 'loudly', 'famously', 'memorably', 'succinctly', 'finally',
  'initially', 'subsequently', 'separately', 'additionally', 'however', 'sometimes', 'frequently',
  'routinely', 'consistently', 'immediately', 'shortly', 'personally', 'formally', 'officially',
  'specifically', 'essentially', 'basically', 'even', 'only', 'both', 'all', 'each', 'yet', 'ever',
  'today', 'yesterday', 'tonight', 'now',
]);

/** Words that start a time adjunct between a source and its verb ("A statement last night said"). */
export const TIME_ADJUNCT_WORDS: ReadonlySet<string> = new Set([
  'last', 'this', 'on', 'late', 'early', 'earlier', 'in', 'at',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'night', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend',
]);

/** Last words of a time adjunct that opens a sentence ("Eight years ago,", "A few days later,"). */
export const TIME_ENDS: ReadonlySet<string> = new Set([
  'ago', 'later', 'earlier', 'before', 'after', 'since', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'hour', 'hours', 'minute', 'minutes', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'today', 'yesterday', 'tonight', 'time', 'point', 'moment', 'while',
]);

/** Prepositions that may continue a source's phrase ("a spokesman for the ministry"). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'to', 'with', 'on']);

/** Words that never belong to a source's phrase: they end the leftward or rightward scan. */
export const NP_BREAKERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because',
  'if', 'as', 'so', 'than', 'though', 'although', 'after', 'before', 'since', 'until', 'unless',
  'what', 'how', 'why', 'whether', 'not', 'said', 'says', 'told', 'to', 'by', 'about', 'into', 'like',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'do', 'does', 'did', 'there', 'here', 'then', 'also', 'yet',
]);

/** Words that start a clause or adjunct at a sentence start, before its subject ("In", "After"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'although', 'though', 'as', 'since',
  'because', 'if', 'despite', 'for', 'with', 'without', 'under', 'amid', 'following', 'responding',
  'speaking', 'asked', 'meanwhile', 'still', 'however', 'but', 'and', 'yet', 'so', 'instead', 'now',
  'last', 'earlier', 'later', 'separately', 'also', 'indeed', 'of', 'by', 'from', 'over', 'until',
  'according', 'unlike', 'like', 'besides', 'beyond', 'to', 'once', 'then', 'today', 'yesterday',
  // discourse connectives and place adverbs that open a sentence before its subject
  'moreover', 'likewise', 'furthermore', 'nevertheless', 'nonetheless', 'otherwise', 'thus', 'hence',
  'therefore', 'consequently', 'similarly', 'somewhere', 'elsewhere', 'overall', 'regardless', 'still',
  'again', 'anyway', 'besides', 'rather', 'here', 'there', 'ultimately', 'eventually', 'finally',
]);
