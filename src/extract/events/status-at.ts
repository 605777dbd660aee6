import type { Sentence, Token } from '../../core/analysis.js';
import type { EventStatus } from '../../core/contract.js';
import { nounStatus, verbStatus, type StatusContext } from './status.js';
import { floatsAfterAuxiliary, readVerbGroup, type GroupLexicon } from './verb-group.js';

/**
 * The status of any event word in a sentence, verb or noun, with no other knowledge than the
 * words around it. Used for event words the trigger lexicon does not know (and to measure the
 * status cues on MEANTIME).
 *
 * @example statusAt(tokens, sentence, 3, lex, false)  // "Kazakhstan is poised to join" at "join" → 'expected'
 */
export function statusAt(tokens: readonly Token[], s: Sentence, head: number, lex: GroupLexicon, reported: boolean): EventStatus {
  const g = readVerbGroup(tokens, s.tokenStart, head, lex);
  const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported };
  if (looksLikeNoun(tokens, s.tokenStart, head, lex)) {
    return nounStatus(head, ctx, lex.cues, lex.words) ?? governingStatus(tokens, s, head, lex, reported);
  }
  return verbStatus(g, ctx, lex.cues, lex.words);
}

/** A determiner, possessive or adjective-like word right before the word makes it a noun. */
export function looksLikeNoun(tokens: readonly Token[], sentStart: number, head: number, lex: GroupLexicon): boolean {
  const prev = tokens[head - 1];
  if (!prev || head - 1 < sentStart) return lex.verbs.formsOf(tokens[head]!.lower).length === 0;
  const p = prev.lower;
  // "could both join", "have all signed": the quantifier before is no determiner
  if (floatsAfterAuxiliary(tokens, sentStart, head - 1, lex)) return false;
  if (lex.words.determiners.has(p) || prev.kind === 'clitic' && (p === "'s" || p === "’s")) return true;
  if (lex.words.prepositions.has(p) && p !== 'to') return !tokens[head]!.lower.endsWith('ing');
  if (prev.kind === 'number') return true;
  return false;
}

/**
 * "the occupied West Bank", "its armed struggle", "Israel's proposed plan": a participle between an
 * article or possessive and the noun it modifies is an adjective, not an event verb; so is one that
 * ends a phrase after "the" ("the wounded"). ("Countries that signed the accord" keep the verb:
 * "that" opens a clause.)
 */
export function attributiveParticiple(tokens: readonly Token[], sentStart: number, head: number, sentEnd: number, lex: GroupLexicon): boolean {
  const prev = tokens[head - 1], next = tokens[head + 1];
  if (!prev || head - 1 < sentStart || !lex.words.nounOpeners.has(prev.lower) || !tokens[head]!.lower.endsWith('ed')) return false;
  // "treated the wounded.", "the injured, the dead": a participle after "the" that ends its phrase names people
  if (!next || head + 1 >= sentEnd || next.kind === 'punct') return prev.lower === 'the';
  if (next.kind !== 'word') return false;
  const w = next.lower;
  return !lex.words.prepositions.has(w) && !lex.words.determiners.has(w) && !lex.words.subordinators.has(w)
    && !lex.words.auxiliaries.has(w) && !lex.words.pronouns.has(w) && w !== 'and' && w !== 'or';
}

/** For a noun, the status of the nearest verb to its left in the same clause. */
function governingStatus(tokens: readonly Token[], s: Sentence, head: number, lex: GroupLexicon, reported: boolean): EventStatus {
  for (let i = head - 1; i >= s.tokenStart && i >= head - 8; i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct') break;
    const forms = lex.verbs.formsOf(t.lower);
    if (forms.length && !lex.words.auxiliaries.has(t.lower) && !lex.words.determiners.has(t.lower)
      && !looksLikeNoun(tokens, s.tokenStart, i, lex)) {
      const g = readVerbGroup(tokens, s.tokenStart, i, lex);
      const ctx: StatusContext = { tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: g.start, reported };
      return verbStatus(g, ctx, lex.cues, lex.words);
    }
  }
  return 'occurred';
}
