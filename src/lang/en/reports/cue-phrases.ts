/**
 * Multi-word reporting cues that are not a verb with a subject: the source follows the phrase
 * ("according to the State Department"), or the phrase marks a statement ("in a statement").
 * Lower-cased token sequences, typographic apostrophes folded.
 */
export const SOURCE_BEFORE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
];

/** Nouns that name a statement; "in a statement, X …" or "X's statement …" frames. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'remarks', 'comments', 'interview', 'tweet', 'tweets', 'post', 'speech',
  'address', 'letter', 'memo', 'communique', 'communiqué', 'press', 'release', 'op-ed', 'editorial',
  'testimony', 'declaration', 'announcement', 'message', 'briefing',
]);

/** "quoted as saying", "was heard saying": passive frames whose source is the subject. */
export const PASSIVE_QUOTE_PHRASES: readonly (readonly string[])[] = [
  ['quoted', 'as', 'saying'],
  ['heard', 'saying'],
  ['heard', 'to', 'say'],
];
