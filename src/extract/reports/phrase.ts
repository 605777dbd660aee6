import type { Token } from '../../core/analysis.js';
import { isCap, isCueVerb, isVerbish, type Scan, type TokenSpan } from './scan.js';

const MAX_PHRASE = 14;
const PARTITIVES = new Set(['one', 'some', 'many', 'two', 'three', 'several', 'most', 'all', 'none', 'both', 'each']);
const GLUE_BREAKS = /^[,;:()[\]{}.!?…—–]$/;
const RIGHT_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);

const word = (t: Token | undefined): boolean => !!t && (t.kind === 'word' || t.kind === 'number');
const isNoun = (scan: Scan, l: string): boolean => scan.k.personNouns.has(l) || scan.k.bodyNouns.has(l);

/** Can this token head a phrase naming a source ("officials", "Trump", "the ministry")? */
export function canHead(scan: Scan, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const l = t.lower;
  if (scan.k.pronouns.has(l)) return true;
  if (isCap(t)) return !scan.k.npBreakers.has(l) && !scan.k.clauseOpeners.has(l) && !scan.k.determiners.has(l);
  if (isNoun(scan, l)) return true;
  if (scan.k.npBreakers.has(l) || scan.k.determiners.has(l) || scan.k.modifiers.has(l) && !isNoun(scan, l)) return false;
  if (scan.k.npPrepositions.has(l) || OBJECT_PRONOUNS.has(l) || scan.k.cueAdverbs.has(l)) return false;
  return !isVerbish(scan, l) && !isCueVerb(scan, l);
}

/**
 * The phrase that ends at token `k` (its head), read leftwards: "a senior administration official",
 * "an official at the Canadian embassy in Copenhagen", "the prime minister’s spokesman",
 * "American and Israeli officials". Null when `k` cannot head a source.
 */
export function phraseEndingAt(scan: Scan, k: number, floor: number): TokenSpan | null {
  const { tokens, inQuote } = scan;
  const head = tokens[k];
  if (!head || inQuote[k] || !canHead(scan, head)) return null;
  if (scan.k.pronouns.has(head.lower) && !isCap(head) || /^(?:He|She|They|It|We|I)$/.test(head.text)) return { first: k, last: k };
  let first = k;
  for (let i = k - 1; i >= floor && k - i < MAX_PHRASE; i--) {
    const t = tokens[i]!;
    if (inQuote[i]) break;
    if (t.kind === 'clitic' && (t.lower === "'s" || t.lower === "'")) { first = i; continue; }
    if (t.text === '-' && !t.spaceBefore && word(tokens[i - 1])) { first = i; continue; }
    // pieces of one written word ("SarukhÃ¡n" split by mis-decoded letters)
    if (!tokens[i + 1]!.spaceBefore && (word(t) || t.kind === 'punct' && !GLUE_BREAKS.test(t.text))) { first = i; continue; }
    if (!word(t)) break;
    const l = t.lower;
    if (scan.k.determiners.has(l) && !isCap(t) || /^(?:The|A|An)$/.test(t.text)) {
      first = i;
      if (tokens[i - 1]?.lower === 'of' && PARTITIVES.has(tokens[i - 2]?.lower ?? '')) first = i - 2;
      // "an official at the embassy": the determiner opens a prepositional phrase inside the source
      const prep = tokens[i - 1];
      const owner = tokens[i - 2];
      if (prep && owner && i - 2 >= floor && scan.k.npPrepositions.has(prep.lower) && !isCap(prep) && (isNoun(scan, owner.lower) || isCap(owner))) continue;
      break;
    }
    if (scan.k.npPrepositions.has(l) && !isCap(t)) {
      const left = tokens[i - 1];
      if (left && i - 1 >= floor && (isNoun(scan, left.lower) || isCap(left))) { first = i; continue; }
      break;
    }
    if (l === 'and' || l === '&') {
      const left = tokens[i - 1];
      const right = tokens[i + 1];
      if (left && i - 1 >= floor && (isCap(left) || scan.k.modifiers.has(left.lower)) && (isCap(right) || scan.k.modifiers.has(right?.lower ?? ''))) { first = i; continue; }
      break;
    }
    if (isCap(t)) {
      if (scan.k.npBreakers.has(l) || scan.k.clauseOpeners.has(l) && (i === floor || !word(tokens[i - 1]))) break;
      first = i;
      continue;
    }
    if (t.kind === 'number' || scan.k.modifiers.has(l) || isNoun(scan, l)) { first = i; continue; }
    if (scan.k.npBreakers.has(l) || scan.k.pronouns.has(l) || OBJECT_PRONOUNS.has(l) || scan.k.cueAdverbs.has(l)) break;
    if (scan.k.npPrepositions.has(l) || isVerbish(scan, l) || isCueVerb(scan, l)) break;
    first = i;
  }
  while (first < k && (scan.k.npPrepositions.has(tokens[first]!.lower) || tokens[first]!.lower === 'and' || tokens[first]!.kind === 'clitic')) first++;
  return { first, last: k };
}

/**
 * The phrase that starts at token `i`, read rightwards ("according to American and Israeli
 * officials", "said a Mexican official who …"). It ends at its last head word.
 */
export function phraseStartingAt(scan: Scan, i: number, ceiling: number): TokenSpan | null {
  const { tokens, inQuote } = scan;
  const t0 = tokens[i];
  if (!t0 || i >= ceiling || inQuote[i]) return null;
  if (t0.kind === 'word' && scan.k.pronouns.has(t0.lower) && t0.lower !== 'one') return { first: i, last: i };
  let last = -1;
  for (let j = i; j < ceiling && j - i < MAX_PHRASE; j++) {
    const t = tokens[j]!;
    if (inQuote[j]) break;
    const l = t.lower;
    if (t.kind === 'clitic' && (l === "'s" || l === "'")) continue;
    if (t.text === '-' && !t.spaceBefore && word(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore) continue;
    if (j > i && !t.spaceBefore && last === j - 1 && (word(t) || t.kind === 'punct' && !GLUE_BREAKS.test(t.text))) { last = j; continue; }
    if (!word(t)) break;
    if (isCap(t) && !scan.k.npBreakers.has(l) && !(scan.k.clauseOpeners.has(l) && j > i)) {
      if (!/^(?:The|A|An)$/.test(t.text)) last = j;
      continue;
    }
    // "one of two witnesses", "some of the delegates": a partitive heads the phrase
    if (j === i && PARTITIVES.has(l) && tokens[j + 1]?.lower === 'of') { last = j; continue; }
    if (scan.k.determiners.has(l)) {
      if (last >= 0 && !scan.k.npPrepositions.has(tokens[j - 1]!.lower) && tokens[j - 1]!.lower !== 'and') break;
      continue;
    }
    if (isNoun(scan, l)) { last = j; continue; }
    if (scan.k.modifiers.has(l) || t.kind === 'number') continue;
    if (RIGHT_PREPOSITIONS.has(l) || l === 'and') {
      const next = tokens[j + 1];
      if (last === j - 1 && next && !scan.k.timeAdjunctWords.has(next.lower)
        && (isCap(next) || scan.k.determiners.has(next.lower) || scan.k.modifiers.has(next.lower) || next.kind === 'number' && j - 1 === i && PARTITIVES.has(tokens[i]!.lower))) continue;
      break;
    }
    if (scan.k.cueAdverbs.has(l) || scan.k.npBreakers.has(l) || OBJECT_PRONOUNS.has(l) || scan.k.pronouns.has(l) || isVerbish(scan, l) || isCueVerb(scan, l)) break;
    // an unknown word: a modifier before a head, or the head itself
    last = j;
  }
  if (last < i) return null;
  return { first: i, last };
}
