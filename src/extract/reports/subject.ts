import { datelineEnd, isDatelineDash, regionEnd } from '../dateline.js';
import { phraseStartingAt } from './phrase.js';
import { isCap, type Scan, type TokenSpan } from './scan.js';

const MAX_OPENER = 24;
const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'as', 'since', 'once', 'if', 'because', 'although', 'though']);

const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|previously|first|second|finally|earlier|later|then|now|again)$/;

/** Does the sentence open with an adjunct before its subject ("In Paris,", "Speaking Sunday,")? */
function opensAdjunct(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  if (scan.k.clauseOpeners.has(t.lower) || DAYS.test(t.lower)) return true;
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
    if (!t) break;
    // "WASHINGTON —", "RYE, N.H. -": the subject follows the dateline's dash
    const dateline = datelineEnd(tokens, i, scan.k.dateline);
    if (dateline > 0) {
      i = dateline;
      continue;
    }
    if (!opensAdjunct(scan, i)) break;
    // a conjunction alone ("But", "And") opens no adjunct
    if (/^(?:but|and|yet|so|still|meanwhile|however|also|indeed|instead|now|then)$/.test(t.lower)) {
      i++;
      continue;
    }
    let comma = -1;
    for (let j = i + 1; j < before && j - i < MAX_OPENER; j++) {
      const x = tokens[j]!.text;
      if ((x === ',' || isDatelineDash(x) && x !== '-') && !inQuote[j]) {
        // "in Berea, OH, after winning Ohio, Kasich …": the adjunct's place runs on through its region
        const region = x === ',' ? regionEnd(tokens, j + 1, scan.k.dateline) : -1;
        comma = region > 0 && tokens[region]?.text === ',' ? region : j;
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
  const first = phraseStartingAt(scan, i, before);
  // "At a town hall in Salem, New Hampshire, Trump went after Bush": the adjunct's place runs on
  if (first && i > ts && tokens[first.last + 1]?.text === ',' && isCap(tokens[first.first])) {
    const second = phraseStartingAt(scan, first.last + 2, before);
    const verb = second ? tokens[second.last + 1] : undefined;
    if (second && isCap(tokens[second.first]) && verb && second.last + 1 < before && verb.kind === 'word' && isFinite(scan, verb.lower)) return second;
  }
  return first;
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

// words that open a clause with a subject of its own inside a sentence
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'although', 'though', 'because', 'when', 'after', 'before', 'since', 'whereas', 'if']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);
const LINK_REACH = 30;

/**
 * The subject of the clause that holds token `before`: the subject after the last "and", "when",
 * "because" or ";" that opens a clause of its own ("Cruz is the only contender …, and he has long
 * used that fact to bludgeon “…”" → he), else the subject of the sentence's first clause. A link
 * counts only after a verb ("Trump and Ryan issued …" is one subject) and when no main clause
 * follows its clause ("when the scandal broke, Clinton proclaimed “…”" → Clinton).
 */
export function nearestClauseSubject(scan: Scan, ts: number, before: number): TokenSpan | null {
  const { tokens, inQuote } = scan;
  for (let j = before - 1; j > ts && before - j < LINK_REACH; j--) {
    const t = tokens[j]!;
    if (inQuote[j] || !(CLAUSE_LINKS.has(t.lower) || t.text === ';')) continue;
    const sp = phraseStartingAt(scan, j + 1, before);
    const verb = sp ? tokens[sp.last + 1] : undefined;
    if (!sp || !verb || sp.last + 1 >= before || !isFinite(scan, verb.lower)) continue;
    if (!hasVerb(scan, ts, j) || mainClauseAfter(scan, sp.last + 2, before)) break;
    return sp;
  }
  return clauseSubject(scan, ts, before);
}

/** A finite verb or an auxiliary: "is", "has", "could", "said", "offered", "holds". */
export function isFinite(scan: Scan, l: string): boolean {
  return FINITE.has(l) || scan.k.cueForms.has(l) || scan.verbs.formsOf(l).some((f) => f === 'past' || f === 'present3' || f === 'past_or_participle');
}

function hasVerb(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!scan.inQuote[i] && isFinite(scan, scan.tokens[i]!.lower)) return true;
  return false;
}

/** A comma, then a subject and its verb: the clause before the comma was subordinate. */
function mainClauseAfter(scan: Scan, from: number, before: number): boolean {
  for (let i = from; i < before; i++) {
    if (scan.tokens[i]!.text !== ',' || scan.inQuote[i]) continue;
    const sp = phraseStartingAt(scan, i + 1, before);
    const verb = sp ? scan.tokens[sp.last + 1] : undefined;
    if (sp && verb && sp.last + 1 < before && isFinite(scan, verb.lower)) return true;
  }
  return false;
}
