import { phraseStartingAt } from './phrase.js';
import type { Scan, TokenSpan } from './scan.js';

const MAX_OPENER = 24;
const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'as', 'since', 'once', 'if', 'because', 'although', 'though']);

const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|previously|first|second|finally|earlier|later|then|now|again)$/;

/** Does the sentence open with an adjunct before its subject ("In Paris,", "WASHINGTON —", "Speaking Sunday,")? */
function opensAdjunct(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const next = scan.tokens[i + 1];
  if (scan.k.clauseOpeners.has(t.lower) || DAYS.test(t.lower)) return true;
  // a dateline: "WASHINGTON —", "RYE, N.H. -", "PHILADELPHIA, July 25 (UPI) —"
  if (/^\p{Lu}{2,}$/u.test(t.text) && next && (next.text === ',' || next.text === '—' || next.text === '-' || next.text === '(')) return true;
  if (t.kind === 'word' && /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(t.text)) return true;
  return endsInTime(scan, i);
}

const TIME_REACH = 7;

/** "Eight years ago,", "A few days later,", "Sunday,": a phrase up to a comma that ends in a time word. */
export function endsInTime(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  for (let j = i + 1; j < tokens.length && j - i <= TIME_REACH; j++) {
    const x = tokens[j]!;
    if (x.text === ',') return scan.k.timeEnds.has(tokens[j - 1]!.lower);
    if (x.kind !== 'word' && x.kind !== 'number' && x.text !== '-' || scan.inQuote[j]) return false;
  }
  return false;
}

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
    if (!t || !opensAdjunct(scan, i)) break;
    // a conjunction alone ("But", "And") opens no adjunct
    if (/^(?:but|and|yet|so|still|meanwhile|however|also|indeed|instead|now|then)$/.test(t.lower)) {
      i++;
      continue;
    }
    let comma = -1;
    for (let j = i + 1; j < before && j - i < MAX_OPENER; j++) {
      const x = tokens[j]!.text;
      if ((x === ',' || x === '—' || x === '–') && !inQuote[j]) {
        comma = j;
        // "RYE, N.H. -": a dateline runs to its dash
        if (x === ',' && /^\p{Lu}{2,}$/u.test(tokens[i]!.text)) {
          for (let d = j + 1; d < before && d - j < 8; d++) if (/^[—–-]$/.test(tokens[d]!.text)) { comma = d; break; }
        }
        break;
      }
    }
    if (comma < 0) {
      // "When he returned he began by saying …": no comma closes the clause; its subject is most
      // often the main clause's too
      return SUBORDINATORS.has(t.lower) && i + 1 < before ? phraseStartingAt(scan, i + 1, before) : null;
    }
    i = comma + 1;
  }
  if (i >= before) return null;
  return phraseStartingAt(scan, i, before);
}

/**
 * Can this phrase be someone who speaks: a name, a personal pronoun, a person or a body; unless
 * `strict`, any noun phrase with a determiner (a document, an ad).
 */
export function isSourceLike(scan: Scan, span: TokenSpan, strict: boolean): boolean {
  const head = scan.tokens[span.last]!;
  const l = head.lower;
  if (scan.k.pronouns.has(l)) return l !== 'it' && l !== 'one' && l !== 'who';
  if (/^\p{Lu}/u.test(head.text)) return !scan.k.timeAdjunctWords.has(l);
  if (scan.k.personNouns.has(l) || scan.k.bodyNouns.has(l)) return true;
  // with a longer quotation, any phrase a determiner opens ("The book accuses …", "the document
  // states"), but not one that ends in an unknown -s word, most often its verb ("The email appears")
  if (/[^s]s$/.test(l) && !scan.verbs.formsOf(l).length) return false;
  return !strict && scan.k.determiners.has(scan.tokens[span.first]!.lower);
}
