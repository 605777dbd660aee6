import type { Analysis, Sentence } from '../../core/analysis.js';

const MINOR = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'but', 'nor', 'via', 'per', 'off', 'out']);
const FINAL = new Set(['.', '!', '?', '"', '”', '’', ')']);

/**
 * Headlines and section titles are not coded (our annotation guide, convention 2): the first line
 * of a document when it has no final stop, and any title-cased line. Read from the tokens, as it
 * runs for every sentence that holds a trigger.
 *
 * @example isHeadline(a, a.sentences[0])  // true for "Israel and UAE agree to normalize relations"
 */
export function isHeadline(a: Analysis, s: Sentence): boolean {
  if (s.tokenEnd <= s.tokenStart) return false;
  const last = a.tokens[s.tokenEnd - 1]!.text;
  if (s.index === 0 && s.paragraph === 0 && a.sentences.length > 1 && !FINAL.has(last)) return true;
  // a line closed by a full stop is a sentence, even one crowded with names
  if (last === '.' || last === '?' || last === '!') return false;
  // title case capitalizes short verbs too ("Has", "Is"); only articles and short prepositions stay low
  let words = 0;
  let upper = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = a.tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 3 || MINOR.has(t.lower)) continue;
    words++;
    if (t.text.charCodeAt(0) !== t.lower.charCodeAt(0)) upper++;
  }
  return words >= 4 && upper / words >= 0.8;
}
