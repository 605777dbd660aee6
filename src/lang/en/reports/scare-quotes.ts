/**
 * Words right before a quotation that mark it as a name, a title or a term rather than someone's
 * words. Lower-cased; the stage matches them against the text just before the opening mark.
 *
 * - `NAMING_MARKERS`: the quoted words are nobody's ("the so-called ‘special relationship’",
 *   "known as “Self-Determination”"): never a quotation.
 * - `TERM_MARKERS`: a term, title or slogan, which is still someone's words when the sentence
 *   names who used them ("Trump dubbed him “Little Marco”", "Clinton used the term “superpredator”")
 *   and no quotation otherwise ("a bill dubbed “Operation Sunrise”").
 */
export const NAMING_MARKERS: ReadonlySet<string> = new Set([
  'so-called', 'a so-called', 'his so-called', 'her so-called', 'their so-called', 'its so-called',
  'known as', 'also known as', 'better known as',
]);

export const TERM_MARKERS: ReadonlySet<string> = new Set([
  'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined', 'named', 'termed',
  'the term', 'the word', 'the words', 'the phrase', 'the slogan', 'the hashtag', 'the motto',
  'the title', 'the book', 'the film', 'the movie', 'the show', 'the song', 'the album', 'the novel',
  'the program', 'the programme', 'the series', 'the headline', 'the label', 'the moniker',
  'the nickname', 'the name', 'the concept', 'the notion', 'the idea of', 'operation', 'the operation',
  'hashtag',
]);
