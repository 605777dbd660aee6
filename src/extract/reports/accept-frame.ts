import type { Sentence } from '../../core/analysis.js';
import type { RawFrame } from './find-frames.js';
import type { Scan } from './scan.js';

const CLAUSE_SOON = 4;
const NOUN_LIKE_OBJECTS = new Set(['it', 'this', 'that', 'him', 'her', 'them', 'us', ',']);

/**
 * Keeps a frame when its source can be one: a lenient test for "said" ("the bill says"), a strict
 * one for stance and act verbs ("an announcement expected Thursday" is not a frame), a clause or
 * quotation after the verbs that often take a plain object ("maintained relations"), right after
 * an -s form that is more often a noun ("Trump notes that", not "his notes"), and a quotation beside
 * a verb of manner of speaking (“…,” he barked).
 */
export function acceptable(scan: Scan, s: Sentence, f: RawFrame, nounLike: boolean): boolean {
  const { tokens, k } = scan;
  if (!f.speaker) return false;
  if (f.cls !== 'say' || nounLike) {
    const head = tokens[f.speaker.last]!;
    const ok = k.pronouns.has(head.lower) || /^\p{Lu}/u.test(head.text) || k.personNouns.has(head.lower) || k.bodyNouns.has(head.lower);
    if (!ok) return false;
  }
  if (k.quoteOnlyVerbs.has(f.lemma)) return besideQuote(scan, s, f);
  const sourceFirst = f.speaker.last < f.cue.first;
  if (nounLike) return sourceFirst && (quotedBefore(scan, s, f) || clauseFollows(scan, s, f.cue.last, 2, NOUN_LIKE_OBJECTS));
  if (k.clauseOnlyVerbs.has(f.lemma) && sourceFirst) {
    // "as Trump put it", "as she noted": the main clause is what is reported
    if (tokens[f.speaker.first - 1]?.lower === 'as') return true;
    return quotedBefore(scan, s, f) || clauseFollows(scan, s, f.cue.last, CLAUSE_SOON, null);
  }
  return true;
}

/** “…,” Trump noted: the content is a quotation or clause ending just before the source. */
function quotedBefore(scan: Scan, s: Sentence, f: RawFrame): boolean {
  const before = scan.tokens[f.speaker!.first - 1];
  if (!before || f.speaker!.first <= s.tokenStart && before.kind !== 'quote') return false;
  // “Hi Americans!” a welcome message on the website reads: the quote ended the last sentence; but
  // the “Never Trump” movement continues: a quoted modifier of a noun that names no one
  if (before.kind === 'quote') return scan.tokens[f.speaker!.first - 2]?.kind === 'punct' || namesSomeone(scan, f.speaker!.first);
  return before.text === ',' && !!f.content && f.content.last < f.speaker!.first;
}

function namesSomeone(scan: Scan, i: number): boolean {
  const t = scan.tokens[i]!;
  const { k } = scan;
  return t.text !== t.lower || k.determiners.has(t.lower) || k.pronouns.has(t.lower) || k.personNouns.has(t.lower) || k.bodyNouns.has(t.lower);
}

/** "that", ":" or a quotation within `reach` tokens after `from`, past only `skip` words when given. */
function clauseFollows(scan: Scan, s: Sentence, from: number, reach: number, skip: ReadonlySet<string> | null): boolean {
  for (let j = from + 1; j < s.tokenEnd && j - from <= reach; j++) {
    const t = scan.tokens[j]!;
    // a quotation after a preposition is its object ("officers he has spoken with “…”")
    if (t.kind === 'quote') return !scan.k.npPrepositions.has(scan.tokens[j - 1]!.lower);
    if (t.lower === 'that' || t.text === ':') return true;
    if (skip && !skip.has(t.lower)) return false;
  }
  return false;
}

const BESIDE = 3;

/** A quotation mark just before the frame (“…,” he barked) or just after it (he barked: “…”). */
function besideQuote(scan: Scan, s: Sentence, f: RawFrame): boolean {
  const { tokens } = scan;
  const first = Math.min(f.cue.first, f.speaker!.first);
  const last = Math.max(f.cue.last, f.speaker!.last);
  for (let j = first - 1; j >= s.tokenStart && first - j <= 2; j--) {
    if (tokens[j]!.kind === 'quote') return true;
    if (tokens[j]!.text !== ',') break;
  }
  for (let j = last + 1; j < s.tokenEnd && j - last <= BESIDE; j++) {
    const t = tokens[j]!;
    if (t.kind === 'quote') return true;
    if (t.kind === 'word' && !scan.k.cueAdverbs.has(t.lower)) break;
  }
  return false;
}
