/**
 * Words right before a quotation that mark it as a name, a title or a term rather than someone's
 * words ("the so-called ‘special relationship’", "a bill dubbed “…”", "the show “…”").
 * Lower-cased; the stage looks at the one or two words before the opening mark.
 */
export const SCARE_QUOTE_MARKERS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined', 'named', 'known as', 'termed',
  'the term', 'the word', 'the words', 'the phrase', 'the slogan', 'the hashtag', 'the motto',
  'the title', 'the book', 'the film', 'the movie', 'the show', 'the song', 'the album', 'the novel',
  'the program', 'the programme', 'the series', 'the headline', 'the label', 'the moniker',
  'the nickname', 'the name', 'the concept', 'the notion', 'the idea of', 'a so-called', 'his so-called',
  'her so-called', 'their so-called', 'its so-called', 'operation', 'the operation', 'hashtag',
]);
