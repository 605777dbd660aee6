import { phraseStartingAt } from './phrase.js';
import type { Scan, TokenSpan } from './scan.js';

const MAX_OPENER = 24;

/**
 * The subject of the clause that starts the sentence, for a participle cue ("Witkoff hinted …,
 * saying", "Tokayev’s office released its own statement calling for"): the first phrase after
 * any opening adjunct ("In a separate meeting Thursday, …") and conjunction.
 */
export function clauseSubject(scan: Scan, ts: number, before: number): TokenSpan | null {
  const { tokens, inQuote } = scan;
  let i = ts;
  for (let guard = 0; guard < 3 && i < before; guard++) {
    while (i < before && (inQuote[i] || tokens[i]!.kind === 'punct' || tokens[i]!.kind === 'quote')) i++;
    const t = tokens[i];
    if (!t || !scan.k.clauseOpeners.has(t.lower)) break;
    // a conjunction alone ("But", "And") opens no adjunct
    if (/^(?:but|and|yet|so|still|meanwhile|however|also|indeed|instead|now|then)$/.test(t.lower)) {
      i++;
      continue;
    }
    let comma = -1;
    for (let j = i + 1; j < before && j - i < MAX_OPENER; j++) {
      if (tokens[j]!.text === ',' && !inQuote[j]) { comma = j; break; }
    }
    if (comma < 0) return null;
    i = comma + 1;
  }
  if (i >= before) return null;
  return phraseStartingAt(scan, i, before);
}
