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

/**
 * Nouns naming what someone said, which make their owner the speaker of a quotation tied to them
 * ("Trump's pledge to be “neutral”", "his promise of “…”", "Obama's “if you like your plan” promise").
 * Singular forms; the loader adds plurals.
 */
export const SPEECH_NOUNS: readonly string[] = [
  'statement', 'remark', 'comment', 'word', 'phrase', 'slogan', 'motto', 'mantra', 'catchphrase', 'refrain',
  'line', 'quote', 'quip', 'joke', 'jab', 'insult', 'nickname', 'label', 'description', 'characterization',
  'pledge', 'promise', 'vow', 'claim', 'accusation', 'assertion', 'allegation', 'charge', 'warning',
  'threat', 'call', 'plea', 'demand', 'boast', 'declaration', 'insistence', 'suggestion', 'argument',
  'contention', 'complaint', 'criticism', 'response', 'reply', 'answer', 'retort', 'question', 'tweet',
  'post', 'message', 'speech', 'letter', 'email', 'e-mail', 'memo', 'ad', 'op-ed', 'announcement',
  'admission', 'confession', 'prediction', 'assessment', 'verdict', 'cry', 'chant', 'dictum',
];

/** "quoted as saying", "was heard saying": passive frames whose source is the subject. */
export const PASSIVE_QUOTE_PHRASES: readonly (readonly string[])[] = [
  ['quoted', 'as', 'saying'],
  ['heard', 'saying'],
  ['heard', 'to', 'say'],
];
