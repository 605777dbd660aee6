import type { Token } from '../../core/analysis.js';
import type { TriggerGroup } from '../../lang/en/events/trigger-spec.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { WordShapes } from '../../text/word-shapes.js';

/** One compiled phrase: the words after the head, each a set of accepted surface forms or a gap. */
export interface CompiledTrigger {
  readonly group: TriggerGroup;
  readonly phrase: string;
  /** Surface forms of the head. */
  readonly head: ReadonlySet<string>;
  /** The words after the head; `null` is a gap of up to three tokens. */
  readonly rest: ReadonlyArray<ReadonlySet<string> | null>;
  /** Number of words (not gaps) after the head: longer phrases win. */
  readonly length: number;
  /** Head forms written with a short prefix ("co-operate"): the prefix and hyphen must precede them ("operating" alone is no match). */
  readonly headPrefix: ReadonlyMap<string, string>;
}

/** A trigger found in a sentence: its head token and the tokens its phrase covers. */
export interface TriggerMatch {
  readonly trigger: CompiledTrigger;
  readonly head: number;
  /** Last token of the phrase (inclusive). */
  readonly last: number;
}

const MAX_GAP = 4;
const ABBREVIATION = /^(?:[A-Z]\.){2,}$/;
const DOUBLING = /[^aeiou][aeiou][lrtp]$/;
/** Words that open another clause: a phrase does not run across them ("ties that neither side wants to change"). */
const GAP_STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
const GAP_STOPS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”']);

/** Folds a hyphenated alternative to the word the tokenizer yields: "cease-fire" → "cease", "re-open" → "open". */
function dehyphen(word: string): string {
  if (!word.includes('-')) return word;
  const parts = word.split('-');
  return parts[0]!.length <= 2 ? parts[parts.length - 1]! : parts[0]!;
}

function formsOf(item: string, pos: 'verb' | 'noun' | 'any', verbs: VerbLexicon): Set<string> {
  const out = new Set<string>();
  for (const raw of item.split('|')) {
    if (raw.startsWith('=')) { out.add(dehyphen(raw.slice(1))); continue; }
    const w = dehyphen(raw);
    out.add(w);
    if (pos !== 'noun') {
      const f = verbs.inflect(w);
      out.add(f.present3); out.add(f.gerund);
      for (const p of f.past) out.add(p);
      for (const p of f.participle) out.add(p);
      if (w.endsWith('ize')) for (const v of [...out]) out.add(v.replace(/iz(?=e|ing)/, 'is'));
      // stress-final verbs double their consonant ("expel" → "expelled", "control" → "controlling"),
      // which the lexicon's regular rules miss; a wrong extra form never occurs in text, so adding it is safe
      if (DOUBLING.test(w)) { out.add(`${w}${w.at(-1)}ed`); out.add(`${w}${w.at(-1)}ing`); }
      // irregular verbs are written regular too ("speeded", "strived")
      out.add(w.endsWith('e') ? `${w}d` : `${w}ed`);
    }
    if (pos !== 'verb') {
      out.add(/(?:s|sh|ch|x|z)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's');
    }
  }
  return out;
}

/** The forms of a head's short-prefixed alternatives ("co-operate") that no unprefixed alternative yields, with their prefix. */
function prefixedForms(item: string, pos: 'verb' | 'noun' | 'any', verbs: VerbLexicon, all: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const alts = item.split('|');
  const plain = new Set<string>();
  for (const raw of alts) if (!shortPrefix(raw)) for (const f of formsOf(raw, pos, verbs)) plain.add(f);
  for (const raw of alts) {
    const prefix = shortPrefix(raw);
    if (prefix) for (const f of formsOf(raw, pos, verbs)) if (all.has(f) && !plain.has(f)) out.set(f, prefix);
  }
  return out;
}

function shortPrefix(raw: string): string | null {
  const parts = raw.replace(/^=/, '').split('-');
  return parts.length > 1 && parts[0]!.length <= 2 ? parts[0]! : null;
}

/**
 * Trigger phrases indexed by the surface forms of their head word, so that a sentence is only looked
 * at where one of its tokens is a known head.
 *
 * @example
 * const index = new TriggerIndex(groups, verbs);
 * index.find(tokens, 0, tokens.length);  // [{ trigger, head: 3, last: 3 }]
 */
export class TriggerIndex {
  private readonly byForm = new Map<string, CompiledTrigger[]>();
  /** Most tokens are no head: their shape says so before the map must hash them. */
  private readonly shapes = new WordShapes();

  constructor(groups: readonly TriggerGroup[], verbs: VerbLexicon, private readonly verbPrefixes: ReadonlySet<string>) {
    for (const group of groups) {
      for (const phrase of group.phrases) {
        const items = phrase.split(/\s+/);
        const head = formsOf(items[0]!, group.pos, verbs);
        const rest = items.slice(1).map((it) => (it === '*' ? null : formsOf(it, 'any', verbs)));
        const headPrefix = prefixedForms(items[0]!, group.pos, verbs, head);
        const compiled: CompiledTrigger = { group, phrase, head, rest, length: rest.filter(Boolean).length, headPrefix };
        for (const f of head) {
          let list = this.byForm.get(f);
          if (!list) this.byForm.set(f, (list = []));
          list.push(compiled);
          this.shapes.add(f);
        }
      }
    }
    // longest phrases first (a stable sort: equal lengths keep their order), so that find() tries no
    // shorter phrase once a longer one matched: the same match as trying all, in data order
    for (const list of this.byForm.values()) list.sort((x, y) => y.length - x.length);
  }

  /** True when some phrase starts with this (lower-cased) token. */
  has(lower: string): boolean {
    return this.byForm.has(lower);
  }

  /** Every phrase match in the token range, the longest phrase per head and part of speech. */
  find(tokens: readonly Token[], from: number, to: number): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (!this.shapes.mayHaveShape(t.shape)) continue;
      const list = this.byForm.get(t.lower);
      if (!list) continue;
      // a capitalized word inside a sentence is a name ("March", "Support Act"), never a verb
      const named = i > from && t.text.charCodeAt(0) !== t.lower.charCodeAt(0) && !wireCased(tokens, i) || this.compound(tokens, from, i);
      let verb: TriggerMatch | null = null;
      let noun: TriggerMatch | null = null;
      for (const trigger of list) {
        if (named && trigger.group.pos === 'verb') continue;
        const prefix = trigger.headPrefix.size ? trigger.headPrefix.get(t.lower) : undefined;
        if (prefix !== undefined && !(tokens[i - 1]?.text === '-' && tokens[i - 2]?.lower === prefix)) continue;
        const prev = trigger.group.pos === 'verb' ? verb : noun;
        if (prev && prev.trigger.length >= trigger.length) continue;
        const last = trigger.rest.length ? matchRest(tokens, i, to, trigger.rest) : i;
        if (last < 0) continue;
        if (trigger.group.pos === 'verb') verb = { trigger, head: i, last };
        else noun = { trigger, head: i, last };
      }
      if (verb) out.push(verb);
      if (noun) out.push(noun);
    }
    return withoutCovered(out);
  }

  /** "Israeli-occupied", "government-held": a participle joined to a word before it is an adjective, not a verb. */
  private compound(tokens: readonly Token[], from: number, i: number): boolean {
    if (i - 2 < from || tokens[i - 1]!.text !== '-') return false;
    const w = tokens[i - 2]!;
    return w.kind === 'word' && !this.verbPrefixes.has(w.lower);
  }
}

function matchRest(tokens: readonly Token[], head: number, to: number, rest: CompiledTrigger['rest']): number {
  let pos = head;
  let gap = 0;
  for (let k = 0; k < rest.length; k++) {
    const item = rest[k];
    if (item === null) { gap = MAX_GAP; continue; }
    let found = -1;
    let limit = pos + 1 + gap;
    for (let j = pos + 1; j < to && j <= limit; j++) {
      const t = tokens[j]!;
      if (item.has(t.lower)) { found = j; break; }
      // quote marks inside a phrase ('had "partially accepted" demands') are not words
      if (t.kind === 'quote') { limit++; continue; }
      if (GAP_STOPS.has(t.text) || GAP_STOP_WORDS.has(t.lower)) break;
    }
    if (found < 0) return -1;
    pos = found;
    gap = 0;
  }
  return pos;
}

/**
 * "The E.C. Complained the accord …": wire copy capitalizes the word after an abbreviation; a past
 * form followed by a lower-case word is still a verb ("U.S. Arms control" is a name).
 */
export function wireCased(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1];
  return ABBREVIATION.test(tokens[i - 1]?.text ?? '') && t.lower.endsWith('ed') && !!next && next.kind === 'word' && next.text[0] === next.lower[0];
}

/** A head inside another phrase is that phrase's word ("strike" in "began a hunger strike"), not an event of its own. */
function withoutCovered(matches: TriggerMatch[]): TriggerMatch[] {
  let covered = false;
  for (const m of matches) if (m.last > m.head) covered = true;
  if (!covered) return matches;
  return matches.filter((m) => !matches.some((o) => o.head < m.head && m.head <= o.last));
}
