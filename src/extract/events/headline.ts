import type { Analysis, Sentence } from '../../core/analysis.js';

/**
 * Headlines and section titles are not coded (our annotation guide, convention 2): the first line
 * of a document when it has no final stop, and any title-cased line.
 *
 * @example isHeadline(a, a.sentences[0])  // true for "Israel and UAE agree to normalize relations"
 */
const MINOR = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'but', 'nor', 'via', 'per', 'off', 'out']);

export function isHeadline(a: Analysis, s: Sentence): boolean {
  const text = a.text.slice(s.start, s.end);
  if (s.index === 0 && !/[.!?"”’)]\s*$/.test(text) && s.paragraph === 0 && a.sentences.length > 1) return true;
  // title case capitalizes short verbs too ("Has", "Is"); only articles and short prepositions stay low
  const words = (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => !MINOR.has(w));
  if (words.length < 4) return false;
  const upper = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return upper / words.length >= 0.8;
}
