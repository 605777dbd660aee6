import type { Token } from '../../core/analysis.js';
import type { GroupLexicon, VerbGroup } from './verb-group.js';

const MAX_REACH = 14;

/**
 * The head of the first verb of a coordination whose bare second verb shares its modal or its
 * "to": in "will join that ceremony and sign a declaration", "sign" is as future as "join"; in "to
 * stand up for them and defend", "defend" is as planned. Returns the first verb's index, or null
 * when the verb stands on its own.
 *
 * @example coordinatedHead(tokens, 0, group("sign"), lex)  // index of "join"
 */
export function coordinatedHead(tokens: readonly Token[], sentStart: number, g: VerbGroup, lex: GroupLexicon): number | null {
  if (g.form !== 'base' || g.modal || g.start !== g.head || g.controllers.length || g.bareInfinitive) return null;
  const conj = tokens[g.start - 1]?.lower;
  if (conj !== 'and' && conj !== 'or') return null;
  for (let i = g.start - 2; i >= sentStart && i >= g.start - MAX_REACH; i--) {
    const w = tokens[i]!.lower;
    // "that" is as often a determiner ("join that ceremony and sign") as a complementizer
    if (w === ';' || w === ':' || w !== 'that' && lex.words.subordinators.has(w) || lex.words.relatives.has(w)) return null;
    // "to stand up for Mexicans and defend": a to-infinitive shares its status with the bare verb after "and"
    if (w === 'to' && i + 1 < g.start - 1 && lex.verbs.formsOf(tokens[i + 1]!.lower).length) return i + 1;
    if (!lex.cues.modals.has(w)) continue;
    let j = i + 1;
    while (j < g.start - 1 && (lex.cues.negations.has(tokens[j]!.lower) || lex.words.adverbs.has(tokens[j]!.lower))) j++;
    return j < g.start - 1 ? j : null;
  }
  return null;
}
