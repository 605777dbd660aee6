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

/**
 * Words that make a title-cased quotation the name of a show, a book or a film rather than someone's
 * words, even where a speaker is near ("Fiorina told “Fox and Friends”", "his memoir, “Tough
 * Choices,”", "“Broad City” star Arturo Castro"). Lower-cased.
 *
 * - `TITLE_BEFORE`: right before the opening mark: the outlet of an interview, the work of a star.
 * - `WORK_NOUNS`: a work whose title follows it after a comma ("the PBS medical drama, “Mercy Street”").
 * - `TITLE_ROLE_NOUNS`: right after the closing mark, the people or the kind of a show ("“Daily Show”
 *   host", "the “Fast & Furious” movie").
 */
export const TITLE_BEFORE: ReadonlySet<string> = new Set([
  'told', 'interview with', 'interviews with', 'interviewed on', 'speaking to', 'spoke to', 'speaking with',
  'spoke with', 'talking to', 'talked to', 'starred in', 'stars in', 'star of', 'stars of', 'host of',
  'hosts', 'edits', 'author of', 'co-author of', 'coauthor of', 'role in', 'roles in',
]);

export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'show', 'program', 'programme', 'series', 'film', 'movie', 'documentary', 'podcast', 'book', 'memoir',
  'novel', 'album', 'song', 'anthem', 'play', 'musical', 'drama', 'comedy', 'thriller', 'sitcom', 'ad',
  'video', 'column', 'segment', 'episode', 'newsletter', 'blog', 'classic', 'single',
]);

export const TITLE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'star', 'stars', 'co-star', 'host', 'co-host', 'anchor', 'actor', 'actress', 'cast', 'creator',
  'producer', 'contestant', 'fans', 'viewers', 'show', 'movie', 'film', 'series', 'program', 'episode',
  'segment', 'tv', 'radio', 'podcast', 'franchise',
]);

/**
 * Verbs that make a short quotation opening its sentence the sentence's subject, a mention of the
 * words rather than their use: “Top secret” is the highest level; "Containment" has been policy.
 */
export const MENTION_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'remains', 'remained', 'means', 'meant', 'refers', 'stands',
]);

/**
 * After the closing mark of a headline in a digest, its writer's credit: “… ,” by Times' Ben
 * Sisario; "…," by the New York Post's Amy Spencer.
 */
export const HEADLINE_CREDIT = /^[\s,]*by\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}['’]s?\s+\p{Lu}/u;
