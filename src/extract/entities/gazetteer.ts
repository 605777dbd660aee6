import type { MentionVia } from '../../core/analysis.js';
import type { EntityKind } from '../../core/contract.js';
import type { BodySpec, EntityKnowledge, GroupSpec, PersonRecord, ShortName, StateSuccession, TitleSpec } from '../../lang/en/entities/index.js';
import { fold, tokenize } from '../../text/tokenize.js';
import { firstLastKey } from './people.js';
import { TokenTrie } from './token-trie.js';
import { WordShapes } from '../../text/word-shapes.js';

/**
 * What a gazetteer name stands for; `kind: 'block'` marks a name that is no entity ("New Jersey").
 *
 * @example { id: 'JOR', kind: 'state', via: 'name', ambiguous: true }  // "Jordan"
 */
export interface NameEntry {
  readonly id: string;
  readonly kind: EntityKind | 'block';
  readonly via: MentionVia;
  /** A state name that is also a common word or first name ("Chad", "Jordan", "Georgia"). */
  readonly ambiguous?: boolean;
  /** Only after "the" ("the West"). */
  readonly needsThe?: boolean;
  /** For a place named in several states ("Punjab"): every candidate, `id` being the first. */
  readonly states?: readonly string[];
  /** A place that counts only after a locative word ("in Sydney"): also a word or a name. */
  readonly needsContext?: boolean;
}

/**
 * What the base knows of an entity before a document names it.
 *
 * @example { id: 'org:un', kind: 'organization', name: 'United Nations', state: null, subtype: 'igo' }
 */
export interface CatalogEntry {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly state: string | null;
  readonly subtype?: string;
  readonly members?: readonly string[];
  readonly person?: PersonRecord;
}

/**
 * Every name the stage recognizes, compiled once into token tries, plus the catalog of known
 * entities. Name keys are case-sensitive token texts; title and body keys are lower-cased.
 *
 * @example compileGazetteer(loadEntityKnowledge()).names.longest(['Saudi', 'Arabia'], 0)
 */
export interface Gazetteer {
  readonly names: TokenTrie<NameEntry>;
  readonly titles: TokenTrie<TitleSpec>;
  readonly bodies: TokenTrie<BodySpec>;
  readonly groupAdjectives: TokenTrie<GroupSpec>;
  readonly catalog: ReadonlyMap<string, CatalogEntry>;
  /** Known people by the first and last words of their names ("John Kerry" for "John F. Kerry"). */
  readonly firstLast: ReadonlyMap<string, string>;
  /**
   * Lower-cased words that mark look-ahead points, as bit flags: 1 an agreement head ("accords",
   * with a capital in the text), 2 a title word ("minister", "mr."), 4 a word a lower-case mention
   * may start with (a title word of bit 8, or a group count: "two"), 8 a title's first word or a
   * title head or modifier ("secretary", "envoy", "senior"), 16 the lower-cased first word of some
   * name (only then can a name start at the word: "saudi", "new", "abraham"), 32 a state noun
   * ("kingdom"), 64 the first word of a body ("foreign", "government"). Bits fit a byte (Scan keeps one per token).
   */
  readonly wordFlags: ReadonlyMap<string, number>;
  /** The words of `wordFlags`: a cheap test that spares most tokens the Map lookup. */
  readonly wordFilter: WordShapes;
  /** The first keys of `names`, as written: a cheap test before `names.starts`. */
  readonly nameFilter: WordShapes;
  /** Known people by the surname news uses alone. */
  readonly surnames: ReadonlyMap<string, readonly PersonRecord[]>;
  /** The keys of `surnames`: a cheap test before the lookup (see WordShapes). */
  readonly surnameFilter: WordShapes;
  /** States founded on a date, by code: their places meant the predecessor before it. */
  readonly successions: ReadonlyMap<string, StateSuccession>;
  /** The curated short names of bodies by their text ("Council", "Commission"). */
  readonly shortNames: ReadonlyMap<string, ShortName>;
  readonly k: EntityKnowledge;
}

/** The key a token is matched by: its text with typographic apostrophes folded. */
export function tokenKey(text: string): string {
  return text.includes('’') ? text.replace(/’/g, "'") : text;
}

// Plural demonyms name people of the state too ("Israelis", "Emiratis"); "British", "Chinese" have none.
function plural(demonym: string): string | null {
  return /(?:sh|ch|ese|ss|s|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

// The last word of the name, past suffixes ("Malcolm Baldrige Jr." → "Baldrige", "el-Sisi" → "Sisi").
function defaultSurname(keys: readonly string[], k: EntityKnowledge): string {
  let i = keys.length - 1;
  while (i > 0 && (k.nameSuffixes.has(keys[i]!) || keys[i] === '-' || keys[i] === ',')) i--;
  return keys[i]!;
}

export function compileGazetteer(k: EntityKnowledge): Gazetteer {
  const lex = { abbreviations: k.abbreviations };
  // Most names are one plain word, which the tokenizer would give back as it is.
  const split = (s: string) => (/^[A-Za-z]+$/.test(s) ? [s] : tokenize(s, lex).map((t) => tokenKey(t.text)));
  const splitLower = (s: string) => tokenize(s, lex).map((t) => t.lower);
  const names = new TokenTrie<NameEntry>();
  const catalog = new Map<string, CatalogEntry>();
  const addName = (text: string, e: NameEntry) => names.add(split(text), e);

  for (const s of k.states) {
    catalog.set(s.code, { id: s.code, kind: 'state', name: s.name, state: s.code });
    const amb = (n: string) => (k.ambiguousStateNames.has(n) ? { ambiguous: true } : {});
    for (const n of s.names) addName(n, { id: s.code, kind: 'state', via: n === s.name ? 'name' : 'alias', ...amb(n) });
    for (const d of s.demonyms) {
      addName(d, { id: s.code, kind: 'state', via: 'demonym', ...amb(d) });
      const p = plural(d);
      if (p) addName(p, { id: s.code, kind: 'state', via: 'demonym' });
    }
    for (const c of s.capitals) addName(c, { id: s.code, kind: 'state', via: 'metonym', ...amb(c) });
  }
  for (const o of k.reference.organizations) {
    catalog.set(o.id, { id: o.id, kind: 'organization', name: o.name, state: o.state, subtype: o.subtype });
    addName(o.name, { id: o.id, kind: 'organization', via: 'name' });
    for (const a of o.aliases) addName(a, { id: o.id, kind: 'organization', via: 'alias' });
  }
  for (const a of k.reference.agreements) {
    catalog.set(a.id, { id: a.id, kind: 'agreement', name: a.name, state: null, subtype: a.kind });
    addName(a.name, { id: a.id, kind: 'agreement', via: 'name' });
    for (const al of a.aliases) addName(al, { id: a.id, kind: 'agreement', via: 'alias' });
  }
  const surnames = new Map<string, PersonRecord[]>();
  const firstLast = new Map<string, string>();
  for (const p of k.reference.people) {
    catalog.set(p.id, { id: p.id, kind: 'person', name: p.name, state: p.state, person: p });
    addName(p.name, { id: p.id, kind: 'person', via: 'name' });
    for (const al of p.aliases ?? []) addName(al, { id: p.id, kind: 'person', via: 'alias' });
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const keys = split(n);
      if (keys.length > 1) firstLast.set(firstLastKey({ keys, g: { k } }, 0, keys.length), p.id);
    }
    for (const sn of p.surnames ?? [defaultSurname(split(p.name), k)]) {
      const key = tokenKey(sn);
      let list = surnames.get(key);
      if (!list) surnames.set(key, (list = []));
      list.push(p);
    }
  }
  const groupAdjectives = new TokenTrie<GroupSpec>();
  for (const g of k.groups) {
    catalog.set(g.id, { id: g.id, kind: 'group', name: g.name, state: null, ...(g.members ? { members: g.members } : {}) });
    for (const n of g.names) {
      const needsThe = n.startsWith('the ');
      addName(needsThe ? n.slice(4) : n, { id: g.id, kind: 'group', via: 'name', ...(needsThe ? { needsThe } : {}) });
    }
    for (const adj of g.adjectives) groupAdjectives.add(split(adj), g);
  }
  addPlaces(k, names, split, surnames);
  for (const n of k.nonEntityNames) addName(n, { id: '', kind: 'block', via: 'name' });

  const titles = new TokenTrie<TitleSpec>();
  for (const t of k.titles) titles.add(splitLower(t.text), t);
  const bodies = new TokenTrie<BodySpec>();
  for (const b of k.bodies) bodies.add(splitLower(b.words), b);
  const wordFlags = new Map<string, number>();
  const flag = (w: string, bit: number) => wordFlags.set(w, (wordFlags.get(w) ?? 0) | bit);
  for (const h of [...k.agreementHeads, ...k.agreementOfHeads]) flag(h.toLowerCase(), 1);
  for (const h of k.titleHeads) flag(h, 2);
  for (const t of k.titles) flag(splitLower(t.text)[0]!, 2);
  for (const w of [...titles.firstKeys(), ...k.titleHeads, ...k.titleModifiers]) flag(w, 4 | 8);
  for (const w of k.groupCounts) flag(w, 4);
  for (const w of names.firstKeys()) flag(fold(w), 16);
  for (const w of k.stateNouns) flag(w, 32);
  for (const w of bodies.firstKeys()) flag(w, 64);
  const successions = new Map(k.successions.map((x) => [x.code, x]));
  const shortNames = new Map(k.shortNames.map((n) => [n.text, n]));
  const wordFilter = new WordShapes(wordFlags.keys());
  const surnameFilter = new WordShapes(surnames.keys());
  const nameFilter = new WordShapes(names.firstKeys());
  return {
    names, titles, bodies, groupAdjectives, catalog, surnames, surnameFilter, firstLast, wordFlags, wordFilter, nameFilter, successions, shortNames, k,
  };
}

// Places come after every other name: a name the gazetteer already has (a state, capital,
// demonym, organization or person) stays what it is, and so does a known person's surname.
function addPlaces(k: EntityKnowledge, names: TokenTrie<NameEntry>, split: (s: string) => string[],
  surnames: ReadonlyMap<string, readonly PersonRecord[]>): void {
  for (const p of k.places) {
    const gated = new Set(p.needsContext);
    for (const n of p.names) {
      if (k.placeNameExclusions.has(n)) continue;
      const keys = split(n);
      if (keys.length === 1 && surnames.has(keys[0]!)) continue;
      // A place opening with a short or common word ("The Bronx", "As Suwayda") would make every
      // such word a possible name start: only where some name already starts with it.
      const first = keys[0]!;
      if (keys.length > 1 && !names.starts(first) && (first.length <= 3 || k.functionWords.has(first.toLowerCase()))) continue;
      const had = names.longest(keys, 0);
      if (had && had.end === keys.length) continue;
      names.add(keys, {
        id: p.states[0]!, kind: 'state', via: 'place',
        ...(p.states.length > 1 ? { states: p.states } : {}), ...(gated.has(n) ? { needsContext: true } : {}),
      });
    }
  }
}
