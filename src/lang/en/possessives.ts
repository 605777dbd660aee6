/**
 * The possessive pronouns in their determiner forms ("his promise", "their countries"), which the
 * events and reports knowledge read, each a part of. Source: the words of the Penn Treebank's
 * PRP$ tag (Santorini 1990).
 */

/** The third person's: the only possessives that can own someone else's quotation ("his “…” pledge"). */
export const THIRD_PERSON_POSSESSIVES: readonly string[] = ['its', 'their', 'his', 'her'];

/** All of them: the third person's, then the first and second person's. */
export const POSSESSIVES: readonly string[] = [...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your'];
