import type { MentionVia, Sentence, Token } from '../../core/analysis.js';
import { Scratch } from '../../core/scratch.js';
import type { DocEntities } from './doc-entities.js';
import { tokenKey, type Gazetteer, type NameEntry } from './gazetteer.js';
import type { TrieMatch } from './token-trie.js';

/**
 * A mention found by a finder, in token indices; turned into a `Mention` at the end.
 *
 * @example { start: 4, end: 6, entityId: 'person:marco-rubio', via: 'name', titleStart: 0 }
 */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly via: MentionVia;
  /** Token index where a person's title starts ("Secretary" in "Secretary of State Marco Rubio"). */
  readonly titleStart?: number;
}

/**
 * A finder's proposal at one token: the mentions it would emit and how far it reaches.
 *
 * @example { end: 6, priority: 3, found: [{ start: 4, end: 6, entityId: 'person:marco-rubio', via: 'name' }] }
 */
export interface Candidate {
  readonly end: number;
  readonly found: readonly Found[];
  /** Registers the entities the mentions name; run only when the candidate is chosen. */
  readonly commit?: () => void;
  /** Breaks ties between candidates of the same length (higher wins). */
  readonly priority: number;
}

/**
 * A candidate with every field present, in one order: `choose` compares the candidates of every
 * finder, and objects of one shape keep its optimized code from being thrown away each time a
 * finder with a differently built object comes first.
 */
export function candidate(end: number, found: readonly Found[], priority: number, commit?: () => void): Candidate {
  return { end, found, priority, commit };
}

const UPPER = /^\p{Lu}/u;

/**
 * One document as the finders read it: tokens with their match keys, the mentions found so far
 * (left to right) and the document's entities.
 */
export class Scan {
  readonly keys: string[];
  readonly lowers: string[];
  /** For each token, the index of the next agreement head ("Accords", "Treaty") at or after it. */
  readonly nextAgreementHead: Int32Array;
  /** For each token, the index of the next title word ("Minister", "envoy") at or after it. */
  readonly nextTitleWord: Int32Array;
  /** 1 where some gazetteer name starts at the token. */
  private readonly nameStart: Uint8Array;
  /** 1 where the token is a word starting with a capital letter. */
  private readonly cap: Uint8Array;
  /** Gazetteer.wordFlags of each token (0 for punctuation), read by the tests below without a lookup. */
  private readonly flags: Uint8Array;
  /** Whether each token can be a word of a personal name: 0 not yet asked, 1 yes, 2 no (filled by parse-name). */
  readonly nameWords: Uint8Array;
  readonly found: Found[] = [];
  /** found[] index of the mention ending at each token end, for "the state just before". */
  private readonly endingAt = new Map<number, Found>();

  constructor(
    readonly g: Gazetteer,
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly doc: DocEntities,
    /** The document's typed arrays (StageContext.scratch). */
    readonly scratch: Scratch = new Scratch(),
  ) {
    const n = tokens.length;
    const keys = (this.keys = new Array<string>(n));
    const lowers = (this.lowers = new Array<string>(n));
    const nextHead = (this.nextAgreementHead = scratch.i32(n + 1));
    const nextTitle = (this.nextTitleWord = scratch.i32(n + 1));
    const cap = (this.cap = scratch.u8(n + 1));
    const nameStart = (this.nameStart = scratch.u8(n + 1));
    const flags = (this.flags = scratch.u8(n + 1));
    this.nameWords = scratch.u8(n);
    this.nameMatches = new Array(n);
    nextHead[n] = nextTitle[n] = n + 100;
    const k = g.k;
    const shouting = (this.shouting = allCapsSentences(tokens, sentences, scratch));
    for (let i = n - 1; i >= 0; i--) {
      const t = tokens[i]!;
      const key = (keys[i] = shouting[t.sentence] && t.kind === 'word' ? capsKey(g, tokens, i) : tokenKey(t.text));
      const lower = (lowers[i] = t.lower);
      // One lookup of the word serves every flag (punctuation starts nothing).
      const wordFlags = t.kind === 'punct' || !g.wordFilter.mayHaveShape(t.shape) ? 0 : g.wordFlags.get(lower) ?? 0;
      flags[i] = wordFlags;
      if (t.kind !== 'word') { nextHead[i] = nextHead[i + 1]!; nextTitle[i] = nextTitle[i + 1]!; continue; }
      // Agreement heads are capitalized; a title word is at least two letters ("Mr").
      const c = key.charCodeAt(0);
      cap[i] = (c >= 65 && c <= 90) || (c > 127 && UPPER.test(key)) ? 1 : 0;
      // Flag 16 says some name starts with the word in some case ("the"); the filter, in this case ("The").
      nameStart[i] = wordFlags & 16 && g.nameFilter.mayHave(key) && g.names.starts(key) ? 1 : 0;
      const long = lower.length > 1 ? wordFlags : 0;
      nextHead[i] = long & 1 && cap[i] && (k.agreementHeads.has(key) || k.agreementOfHeads.has(key)) ? i : nextHead[i + 1]!;
      nextTitle[i] = long & 2 ? i : nextTitle[i + 1]!;
    }
  }

  private named: Set<string> | null = null;
  private readonly shouting: Uint8Array;

  /** Whether token i is in a sentence written all in capitals ("REAGAN MEETS GORBACHEV"). */
  isShouting(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && this.shouting[t.sentence] === 1;
  }

  /** The states the document names by name, demonym or capital (places left out), found on first use. */
  statesNamed(): ReadonlySet<string> {
    return (this.named ??= this.statesNamedIn(0, this.n));
  }

  /** The states named by name, demonym or capital in tokens [from, to). */
  statesNamedIn(from: number, to: number): Set<string> {
    const set = new Set<string>();
    for (let i = from; i < to; i++) {
      if (!this.startsName(i)) continue;
      const m = this.longestName(i);
      for (const v of m?.values ?? []) if (v.kind === 'state' && v.via !== 'place') set.add(v.id);
    }
    return set;
  }

  get n(): number {
    return this.tokens.length;
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Whether some gazetteer name starts at token i (a cheap test before a full match). */
  startsName(i: number): boolean {
    return this.nameStart[i] === 1;
  }

  /**
   * The longest gazetteer name at token i (with entries that pass `accept`, when given). A word
   * that starts no name is answered by `nameStart`, without walking the trie.
   */
  longestName(i: number, accept?: (v: NameEntry) => boolean): TrieMatch<NameEntry> | null {
    if (this.nameStart[i] !== 1 && this.tokens[i]?.kind === 'word') return null;
    if (i < 0 || i >= this.n) return this.g.names.longest(this.keys, i, accept);
    // Finders ask again at the same tokens: the trie is walked once per token, choices are made from its matches.
    const all = (this.nameMatches[i] ??= this.g.names.matches(this.keys, i));
    if (!accept) return all[all.length - 1] ?? null;
    for (let m = all.length - 1; m >= 0; m--) {
      const { end, values } = all[m]!;
      if (values.some(accept)) return { end, values: values.filter(accept) };
    }
    return null;
  }

  /** The names starting at each token, filled on first use by `longestName`. */
  private readonly nameMatches: (TrieMatch<NameEntry>[] | undefined)[];

  /** Whether a lower-case mention may start at token i: a title's first word, a title head or modifier, a group count. */
  mayStartLower(i: number): boolean {
    return (this.flags[i]! & 4) !== 0;
  }

  /** Whether token i is a title's first word or a title head or modifier (never for punctuation). */
  isTitleWord(i: number): boolean {
    return (this.flags[i]! & 8) !== 0;
  }

  /** Whether token i is a state noun ("kingdom", "country"; never for punctuation). */
  isStateNoun(i: number): boolean {
    return (this.flags[i]! & 32) !== 0;
  }

  /** Whether some body ("foreign ministry", "government") starts with token i (never for punctuation). */
  startsBody(i: number): boolean {
    return (this.flags[i]! & 64) !== 0;
  }

  isCap(i: number): boolean {
    return this.cap[i] === 1;
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  sameSentence(a: number, b: number): boolean {
    const ta = this.tokens[a], tb = this.tokens[b];
    return !!ta && !!tb && ta.sentence === tb.sentence;
  }

  private aloneCaps: Set<string> | null = null;

  /**
   * Capitalized words that stand alone somewhere in the text (not first in their sentence, no
   * capitalized word on either side): "Carson" in "Carson said", a surname used on its own.
   */
  standsAlone(key: string): boolean {
    if (!this.aloneCaps) {
      const set = (this.aloneCaps = new Set());
      for (let i = 1; i < this.n; i++) {
        if (this.cap[i] !== 1 || this.cap[i - 1] === 1 || this.cap[i + 1] === 1) continue;
        if (this.tokens[i - 1]!.sentence !== this.tokens[i]!.sentence) continue;
        set.add(this.keys[i]!);
      }
    }
    return this.aloneCaps.has(key);
  }

  /** Per sentence: 0 not yet known, 1 title case, 2 not. */
  private titleCase: Uint8Array | null = null;

  /** Whether the sentence holding token i is written in title case (a headline). */
  isTitleCase(i: number): boolean {
    const sent = this.tokens[i]!.sentence;
    const memo = (this.titleCase ??= this.scratch.u8(this.sentences.length));
    if (memo[sent] === 0) {
      const { tokenStart, tokenEnd } = this.sentences[sent]!;
      let long = 0, cap = 0;
      for (let j = tokenStart; j < tokenEnd; j++) {
        const t = this.tokens[j]!;
        if (t.kind !== 'word' || t.text.length < 4) continue;
        long++;
        const c = t.text.charCodeAt(0);
        if ((c >= 65 && c <= 90) || (c > 127 && UPPER.test(t.text))) cap++;
      }
      memo[sent] = long >= 3 && cap / long >= 0.75 ? 1 : 2;
    }
    return memo[sent] === 1;
  }

  /** The first token of the sentence holding token i. */
  sentenceStart(i: number): number {
    return this.sentences[this.tokens[i]!.sentence]!.tokenStart;
  }

  /** A possessive clitic ("’s", "'s") at token i. */
  isPossessive(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'clitic' && t.lower === "'s";
  }

  /** The text of tokens [start, end) as written. */
  slice(start: number, end: number): string {
    return this.text.slice(this.tokens[start]!.start, this.tokens[end - 1]!.end);
  }

  emit(f: Found): void {
    this.found.push(f);
    this.endingAt.set(f.end, f);
  }

  /** The mention that ends right at token i (e.g. the state before a title), if any. */
  endingBefore(i: number): Found | undefined {
    return this.endingAt.get(i);
  }

  /** A state, or an organization with a state, named right before token i ("Kazakhstan’s", "US", "White House"). */
  stateBefore(i: number): string | null {
    let j = i;
    if (this.isPossessive(j - 1)) j--;
    const f = this.endingBefore(j);
    if (!f) return null;
    return this.doc.stateOf(f.entityId);
  }
}

// A headline in capitals ("POLAND FIRM ON ECONOMY"): which sentences have letters and none lower-case.
function allCapsSentences(tokens: readonly Token[], sentences: readonly Sentence[], scratch: Scratch): Uint8Array {
  const out = scratch.u8(sentences.length);
  for (const sent of sentences) {
    let words = 0, lower = false;
    for (let j = sent.tokenStart; j < sent.tokenEnd && !lower; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word') continue;
      if (hasLowerCase(t.text)) lower = true;
      else if (t.text.length > 1) words++;
    }
    out[sent.index] = !lower && words >= 2 ? 1 : 0;
  }
  return out;
}

function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return text !== text.toUpperCase();
  }
  return false;
}

// The key of a word in a capitals headline: an acronym the gazetteer knows stays ("US", "NATO"),
// other words are matched as written in running text ("POLAND" as "Poland", "OF" as "of"); "US"
// after "TOLD", "LET" … is the pronoun.
function capsKey(g: Gazetteer, tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  const key = tokenKey(t.text);
  if (key === 'US' && g.k.usPronounBefore.has(tokens[i - 1]?.lower ?? '')) return 'us';
  if (g.names.starts(key)) return key;
  const title = key.charAt(0) + key.slice(1).toLowerCase();
  if (g.names.starts(title)) return title;
  return g.k.nameParticles.has(t.lower) || g.k.functionWords.has(t.lower) ? t.lower : title;
}
