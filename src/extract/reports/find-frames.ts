import type { Sentence } from '../../core/analysis.js';
import type { CueForm, ReportClass } from '../../lang/en/reports/index.js';
import { acceptable } from './accept-frame.js';
import { contentAfter, contentAround, contentAroundInverted, contentBefore } from './content.js';
import { phraseEndingAt, phraseStartingAt } from './phrase.js';
import { isCap, isCueVerb, type Scan, type TokenSpan } from './scan.js';
import { clauseSubject, isFinite } from './subject.js';
import { WordShapes } from '../../text/word-shapes.js';

/** A frame in token terms, before its speaker is linked to entities. */
export interface RawFrame {
  readonly sentence: number;
  readonly cue: TokenSpan;
  readonly lemma: string;
  readonly cls: ReportClass;
  readonly speaker: TokenSpan | null;
  readonly content: TokenSpan | null;
}

const SOURCE_FIRST = new Set(['according', 'as']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'get', 'got', 'gets']);
const AUXILIARY = new Set(['did', 'does', 'do', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", "'d", "n't", 'not']);
const PERFECT = new Set(['has', 'have', 'had', "'ve", "'d"]);
const PARTICIPLE_AFTER = new Set([',', 'by', 'while', 'when', 'after', 'before', 'and', 'in', '—', '–', '-']);
const MAX_APPOSITIVE = 30;
const RELATIVE = new Set(['who', 'which', 'whose']);

/** The words a frame can start at (a reporting verb's forms, "according", "as"), for findFrames' precheck. */
export function cueShapes(k: Scan['k']): WordShapes {
  return new WordShapes([...k.cueForms.keys(), ...SOURCE_FIRST]);
}

/**
 * Finds the reporting frames of one sentence (cues inside quotations are the quoted speaker's own).
 * `shapes` (from cueShapes) skips most words before any lookup.
 */
export function findFrames(scan: Scan, s: Sentence, shapes: WordShapes): RawFrame[] {
  const { tokens, inQuote, k } = scan;
  const out: RawFrame[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i]!;
    if (t.kind !== 'word' || !shapes.mayHaveShape(t.shape)) continue;
    const forms = k.cueForms.get(t.lower);
    const phrase = !forms && SOURCE_FIRST.has(t.lower)
      ? k.sourceBeforePhrases.find((p) => p.every((w, j) => tokens[i + j]?.lower === w && i + j < s.tokenEnd)) : undefined;
    if (phrase) {
      const cue = { first: i, last: i + phrase!.length - 1 };
      const speaker = phraseStartingAt(scan, cue.last + 1, s.tokenEnd);
      if (speaker) out.push({ sentence: s.index, cue, lemma: phrase!.join(' '), cls: 'source', speaker, content: contentAround(scan, s, cue, speaker) });
      i = cue.last;
      continue;
    }
    if (!forms || t.text !== t.lower && i !== s.tokenStart) continue;
    const frame = verbFrame(scan, s, i, forms, out.findLast((f) => f.speaker && f.cls !== 'belief'));
    if (frame && acceptable(scan, s, frame, forms.every((x) => x.nounLike))) {
      out.push(frame);
      i = frame.cue.last;
    }
  }
  return out;
}

function verbFrame(scan: Scan, s: Sentence, i: number, forms: readonly CueForm[], earlier: RawFrame | undefined): RawFrame | null {
  const { tokens, k } = scan;
  const f = forms[0]!;
  let last = i;
  const particle = k.particles.get(f.lemma);
  if (particle && particle.includes(tokens[i + 1]?.lower ?? '')) last = i + 1;
  if (k.particleOnly.has(f.lemma) && last === i) return null;
  const cue = { first: i, last };
  const prev = tokens[i - 1];
  const prevL = i > s.tokenStart ? prev?.lower ?? '' : '';
  const has = (form: CueForm['form']) => forms.some((x) => x.form === form);
  const make = (speaker: TokenSpan | null, content: TokenSpan | null): RawFrame =>
    ({ sentence: s.index, cue, lemma: f.lemma, cls: f.cls, speaker, content });

  if (has('gerund')) {
    if (BE.has(prevL)) return leftFrame(scan, s, i - 1, cue, make);
    if (prevL === 'as' && /^(?:quoted|heard|seen)$/.test(tokens[i - 2]?.lower ?? '')) return leftFrame(scan, s, i - 2, cue, make);
    // "released a statement Wednesday saying": a time word between the statement and the participle
    let back = i - 1;
    while (back > s.tokenStart && i - back <= 2 && (k.timeEnds.has(tokens[back]!.lower) || k.timeAdjunctWords.has(tokens[back]!.lower))) back--;
    const before = back < i - 1 && back >= s.tokenStart ? tokens[back]!.lower : prevL;
    if (PARTICIPLE_AFTER.has(prevL) || k.statementNouns.has(prevL) || k.statementNouns.has(before)) {
      // "Fiorina said, adding that …": the participle shares the frame's source
      const subject = earlier?.speaker ?? clauseSubject(scan, s.tokenStart, i);
      return subject ? make(subject, contentAfter(scan, s, cue, f.lemma)) : null;
    }
    const own = absoluteSubject(scan, s, i);
    return own ? make(own, contentAfter(scan, s, cue, f.lemma)) : null;
  }
  if (prevL === 'to') return null;
  if (BE.has(prevL) && has('pastParticiple')) return null; // passive: "was told", "were asked"
  if (has('finite') || has('pastParticiple') && PERFECT.has(prevL)) return leftFrame(scan, s, i, cue, make);
  if (has('base')) {
    const fr = leftFrame(scan, s, i, cue, make);
    const head = fr?.speaker ? tokens[fr.speaker.last]! : null;
    const afterAux = AUXILIARY.has(prevL) || AUXILIARY.has(tokens[i - 2]?.lower ?? '') && k.cueAdverbs.has(prevL);
    if (head && (afterAux || k.pronouns.get(head.lower) === 'plural' || k.pronouns.get(head.lower) === 'self' || /s$/.test(head.lower))) return fr;
  }
  return null;
}

const RELATIVE_REACH = 14;
const isNoun = (scan: Scan, l: string) => scan.k.personNouns.has(l) || scan.k.bodyNouns.has(l);

/**
 * "A White House official who spoke anonymously to discuss internal strategy said": the phrase
 * before a relative clause that runs up to the cue.
 */
function relativeHead(scan: Scan, s: Sentence, j: number): TokenSpan | null {
  const { tokens, inQuote } = scan;
  // "who forced me to … when she called": a subject pronoun right before the cue is its own
  if (scan.k.pronouns.has(tokens[j]!.lower)) return null;
  for (let m = j; m > s.tokenStart && j - m < RELATIVE_REACH; m--) {
    const t = tokens[m]!;
    if (inQuote[m] || t.kind === 'quote' || t.kind === 'punct') return null;
    if (t.lower === 'who') {
      // "Rubio, who he dubbed": the relative pronoun is the object, its clause has a subject of its own
      const next = tokens[m + 1]!;
      if (m < j && (scan.k.pronouns.has(next.lower) || isCap(next))) return null;
      // "Beck, who has in the past described": the phrase before the comma
      return phraseEndingAt(scan, tokens[m - 1]?.text === ',' ? m - 2 : m - 1, s.tokenStart);
    }
    // "Another intelligence source speaking to Fox News said": a participle modifies the source
    if (m < j && t.kind === 'word' && t.text === t.lower && /ing$/.test(t.lower) && scan.verbs.formsOf(t.lower).includes('gerund')) {
      const sp = phraseEndingAt(scan, m - 1, s.tokenStart);
      if (sp && sp.first >= s.tokenStart && isNoun(scan, tokens[sp.last]!.lower)) return sp;
    }
  }
  return null;
}

const ABSOLUTE_BEFORE = new Set(['with', ',', '—', '–', 'and', '(', ';']);

/**
 * The subject of an absolute clause: "with Gorka noting …", "– Ryan saying he was “very
 * encouraged” and Trump calling it …", "with Trump reportedly yelling: “…”".
 */
function absoluteSubject(scan: Scan, s: Sentence, i: number): TokenSpan | null {
  const { tokens, k } = scan;
  let j = i - 1;
  while (j > s.tokenStart && k.cueAdverbs.has(tokens[j]!.lower) && !BE.has(tokens[j]!.lower)) j--;
  const sp = j >= s.tokenStart ? phraseEndingAt(scan, j, s.tokenStart) : null;
  if (!sp || sp.first <= s.tokenStart || !ABSOLUTE_BEFORE.has(tokens[sp.first - 1]!.lower)) return null;
  const head = tokens[sp.last]!;
  const named = isCap(head) && !k.pronouns.has(head.lower) || k.personNouns.has(head.lower) || k.bodyNouns.has(head.lower);
  return named ? sp : null;
}

/** A cue whose source comes before it ("Trump said", "the ministry has said"), or after it ("said Trump"). */
function leftFrame(scan: Scan, s: Sentence, before: number, cue: TokenSpan,
  make: (sp: TokenSpan | null, c: TokenSpan | null) => RawFrame): RawFrame | null {
  const { tokens, inQuote, k } = scan;
  let j = before - 1;
  for (let guard = 0; guard < 5 && j >= s.tokenStart && k.cueAdverbs.has(tokens[j]!.lower) && !inQuote[j]; guard++) j--;
  // a time adjunct between source and cue: "A statement last night said", "Trump on Monday said",
  // "Priebus later Thursday told"
  if (j - 1 >= s.tokenStart && k.timeAdjunctWords.has(tokens[j]!.lower)
    && (k.timeAdjunctWords.has(tokens[j - 1]!.lower) || k.cueAdverbs.has(tokens[j - 1]!.lower))) {
    j -= 2;
    while (j >= s.tokenStart && k.cueAdverbs.has(tokens[j]!.lower) && !inQuote[j]) j--;
  }
  if (j < s.tokenStart) return invertedFrame(scan, s, cue, make);
  const t = tokens[j]!;
  if (t.lower === 'who' || t.lower === 'which') {
    const k2 = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    const sp = k2 >= s.tokenStart ? phraseEndingAt(scan, k2, s.tokenStart) : null;
    return sp ? make(sp, contentAfter(scan, s, cue, '')) : null;
  }
  if (t.text === ')' && !inQuote[j]) {
    // "Governor Mary Fallin (R-OK) said"
    let m = j - 1;
    while (m > s.tokenStart && j - m < MAX_APPOSITIVE && tokens[m]!.text !== '(') m--;
    const sp = tokens[m]?.text === '(' ? phraseEndingAt(scan, m - 1, s.tokenStart) : null;
    if (sp) return make(sp, contentBefore(scan, s, sp, cue) ?? contentAfter(scan, s, cue, tokens[cue.first]!.lower));
  }
  if (t.text === ',' && !inQuote[j]) {
    const head = appositiveHead(scan, s, j);
    if (head) return make(head, contentAfter(scan, s, cue, tokens[cue.first]!.lower));
    return subjectBeforeAppositive(scan, s, j, cue, make) ?? invertedFrame(scan, s, cue, make);
  }
  if (/^[—–-]$/.test(t.text) && !inQuote[j]) return subjectBeforeAppositive(scan, s, j, cue, make) ?? invertedFrame(scan, s, cue, make);
  if (t.kind === 'quote' || t.kind === 'punct') return invertedFrame(scan, s, cue, make);
  if (t.lower === 'and' || t.lower === 'but') {
    const subject = clauseSubject(scan, s.tokenStart, j);
    return subject ? make(subject, contentAfter(scan, s, cue, '')) : null;
  }
  let sp = relativeHead(scan, s, j) ?? phraseEndingAt(scan, j, s.tokenStart);
  // a time adjunct between source and cue: "Trump at the time said", "Sanders during a Sunday thanked"
  if (sp && k.timeAdjunctWords.has(tokens[sp.last]!.lower) && sp.first - 1 >= s.tokenStart
    && /^(?:at|on|in|during|last|this|that|earlier|late|early)$/.test(tokens[sp.first - 1]!.lower)) {
    const skip = tokens[sp.first - 1]!.lower === 'last' || tokens[sp.first - 1]!.lower === 'this' ? sp.first - 1 : sp.first - 1;
    sp = skip - 1 >= s.tokenStart ? phraseEndingAt(scan, skip - 1, s.tokenStart) : null;
  }
  if (!sp) return null;
  return make(sp, contentBefore(scan, s, sp, cue) ?? contentAfter(scan, s, cue, tokens[cue.first]!.lower));
}

/**
 * "Tom John, chairman of …, said", "Cory James, 22, of Flint, Mich., said": the name before the
 * first comma of a chain of appositives that hold no clause. A title before a name takes the name
 * along ("The U.N. spokesman, Francois Giuliani, said"): the name is who speaks.
 */
function appositiveHead(scan: Scan, s: Sentence, comma: number): TokenSpan | null {
  const { tokens, inQuote, k } = scan;
  let best: TokenSpan | null = null;
  let segmentEnd = comma - 1;
  while (segmentEnd > s.tokenStart && comma - segmentEnd < MAX_APPOSITIVE) {
    let c = segmentEnd;
    while (c > s.tokenStart && comma - c < MAX_APPOSITIVE && tokens[c]!.text !== ',' && !inQuote[c] && tokens[c]!.kind !== 'quote') c--;
    if (tokens[c]!.text !== ',' || inQuote[c]) break;
    // ", who was senior adviser to Obama,", ", a businessman who had been …,", ", speaking on the
    // condition of anonymity,": a relative clause or a participle may hold verbs
    const opener = tokens[c + 1]!;
    // ", after a long pause,": an adjunct between source and cue
    const adjunct = k.clauseOpeners.has(opener.lower) || k.npPrepositions.has(opener.lower);
    if (!adjunct && !RELATIVE.has(opener.lower) && !(opener.kind === 'word' && /(?:ing|ed)$/.test(opener.lower) && opener.text === opener.lower)) {
      let clause = false;
      for (let m = c + 1; m <= segmentEnd && !clause; m++) {
        const l = tokens[m]!.lower;
        if (RELATIVE.has(l) && m > c + 1) break;
        clause = isCueVerb(scan, l) || l === 'that' || k.npBreakers.has(l) && !/^(?:and|to|by|as|about)$/.test(l);
      }
      if (clause) break;
    }
    // "Sen. Claire McCaskill (D-Mo.), who …": the name before a parenthesis
    let end = c - 1;
    if (tokens[end]?.text === ')') {
      let o = end - 1;
      while (o > s.tokenStart && end - o < 8 && tokens[o]!.text !== '(') o--;
      if (tokens[o]!.text === '(') end = o - 1;
    }
    // "And on Tuesday, Kevin Brady, chairman of …, said": an adjunct ends the chain
    if (adjunctBefore(scan, s, c)) break;
    const head = phraseEndingAt(scan, end, s.tokenStart);
    if (head && tokens.slice(head.first, head.last + 1).some((w) => /^\p{Lu}/u.test(w.text))) {
      const titled = !isCap(tokens[head.last]) && isName(scan, c + 1, segmentEnd);
      best = titled ? { first: head.first, last: segmentEnd } : head;
    }
    segmentEnd = c - 1;
  }
  return best;
}

/** The segment before comma `c` (from the previous comma or the sentence start) is an adjunct. */
function adjunctBefore(scan: Scan, s: Sentence, c: number): boolean {
  const { tokens, k } = scan;
  let start = c - 1;
  while (start > s.tokenStart && tokens[start - 1]!.text !== ',' && tokens[start - 1]!.kind !== 'quote' && !scan.inQuote[start - 1]) start--;
  while (start < c && /^(?:and|but|so|yet)$/.test(tokens[start]!.lower)) start++;
  const first = tokens[start];
  if (!first || start >= c) return false;
  return k.clauseOpeners.has(first.lower) || k.npPrepositions.has(first.lower) || k.timeEnds.has(tokens[c - 1]!.lower);
}

/** Tokens [first, last] are a personal name: two to four capitalized words. */
function isName(scan: Scan, first: number, last: number): boolean {
  if (last - first < 1 || last - first > 3) return false;
  for (let i = first; i <= last; i++) if (!isCap(scan.tokens[i]) || scan.k.bodyNouns.has(scan.tokens[i]!.lower)) return false;
  return true;
}

/**
 * "Sexton, a creative writing professor, said he holds …", "Sims — a teacher — says he made …":
 * the phrase after the cue is the subject of the reported clause (a verb follows it), so the source
 * is the sentence's subject before the appositive, not an inverted one.
 */
function subjectBeforeAppositive(scan: Scan, s: Sentence, j: number, cue: TokenSpan,
  make: (sp: TokenSpan | null, c: TokenSpan | null) => RawFrame): RawFrame | null {
  const { tokens } = scan;
  const after = phraseStartingAt(scan, cue.last + 1, s.tokenEnd);
  const verb = after ? tokens[after.last + 1] : undefined;
  if (!after || !verb || after.last + 1 >= s.tokenEnd || verb.kind !== 'word' || !isFinite(scan, verb.lower)) return null;
  const subject = clauseSubject(scan, s.tokenStart, j);
  return subject ? make(subject, contentAfter(scan, s, cue, tokens[cue.first]!.lower)) : null;
}

/** "…,” said a Mexican official": the source follows the cue and the content precedes it. */
function invertedFrame(scan: Scan, s: Sentence, cue: TokenSpan,
  make: (sp: TokenSpan | null, c: TokenSpan | null) => RawFrame): RawFrame | null {
  // "…, said that Trump …": a complementizer, not an inverted source
  if (scan.tokens[cue.last + 1]?.lower === 'that') return null;
  const sp = phraseStartingAt(scan, cue.last + 1, s.tokenEnd);
  if (!sp || !opensSource(scan, sp)) return null;
  if (cue.first <= s.tokenStart) return make(sp, contentAfter(scan, s, { first: sp.last, last: sp.last }, ''));
  return make(sp, contentAroundInverted(scan, s, cue, sp));
}

/**
 * An inverted source holds a name ("said former Rep. George Miller"), opens with a determiner, a
 * number or a pronoun, or is a person or a body ("said officials"); "said matter-of-factly" and
 * "said economic stagnation" name nobody, nor does a prepositional phrase ("spoke on Monday").
 */
function opensSource(scan: Scan, sp: TokenSpan): boolean {
  const { tokens, k } = scan;
  const first = tokens[sp.first]!;
  const head = tokens[sp.last]!.lower;
  // "spoke on Monday": a prepositional phrase
  if (k.npPrepositions.has(first.lower) || k.clauseOpeners.has(first.lower) && !isCap(first)) return false;
  if (first.kind === 'number' || k.determiners.has(first.lower) || k.pronouns.has(first.lower)) return true;
  if (k.personNouns.has(head) || k.bodyNouns.has(head)) return true;
  for (let i = sp.first; i <= sp.last; i++) if (isCap(tokens[i])) return true;
  return false;
}
