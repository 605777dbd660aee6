import type { TitleSpec } from '../../lang/en/entities/index.js';
import { findNamed } from './find-named.js';
import type { Scan } from './scan.js';

/**
 * A title read before a name: "Secretary of State", "US Special Envoy" (from "Special"),
 * "Regional Cooperation Minister", "Ambassador to the United Nations", "Lt. Gen.".
 *
 * @example parseTitle(scan, i)  // { start: i, end: i + 3, role: 'Secretary of State', … }
 */
export interface ParsedTitle {
  readonly start: number;
  readonly end: number;
  readonly role: string | null;
  readonly gender: 'm' | 'f' | null;
  /** The state the title names or implies ("to the United Nations" names none; "Sen." implies USA). */
  readonly state: string | null;
  /** An entity named inside the title's complement ("United Nations"), as a token range. */
  readonly complement: { readonly start: number; readonly end: number; readonly entityId: string } | null;
  /** Registers the complement's entity when it is new to the document ("the Russian Foreign Ministry"). */
  readonly commit?: () => void;
}

const SMALL = new Set(['of', 'to', 'for', 'the', 'at', 'on', 'and']);

export function parseTitle(s: Scan, i: number): ParsedTitle | null {
  if (s.nextTitleWord[i]! - i > 5) return null;
  let fixed = s.g.titles.longest(s.lowers, i);
  // "Republican presidential candidate": a longer generic title wins over the honorific inside it.
  const generic = genericTitleEnd(s, i);
  if (fixed && generic > fixed.end) fixed = null;
  const spec: TitleSpec | null = fixed ? fixed.values[0]! : null;
  let end = fixed?.end ?? generic;
  if (end <= i) return null;
  let complement: ParsedTitle['complement'] = null;
  let commit: (() => void) | undefined;
  const headLower = s.lower(end - 1);
  if ((!spec || s.g.k.titleHeads.has(headLower)) && s.g.k.titleComplementWords.has(s.lower(end))) {
    const c = readComplement(s, end);
    if (c) { complement = c.entity; end = c.end; commit = c.commit; }
  }
  const role = spec && (end === fixed!.end || (complement && !spec.extendable)) ? spec.role : roleText(s, i, end, spec);
  const state = complement ? s.doc.stateOf(complement.entityId) : spec?.state ?? null;
  return { start: i, end, role, gender: spec?.gender ?? null, state, complement, ...(commit ? { commit } : {}) };
}

// Modifiers then a head: "Special Envoy", "Justice Minister", "senior adviser", "deputy foreign minister".
function genericTitleEnd(s: Scan, i: number): number {
  const k = s.g.k;
  let headEnd = -1;
  for (let j = i; j < i + 5 && j < s.n; j++) {
    const t = s.tok(j)!;
    if (t.kind !== 'word' || (j > i && !s.sameSentence(i, j))) break;
    const lower = t.lower;
    const cap = s.isCap(j);
    // "Kremlin spokesman": the name is a mention of its own, the title starts after it.
    if (cap && s.startsName(j) && s.longestName(j)) break;
    if (k.titleHeads.has(lower)) { headEnd = j + 1; continue; }
    if (k.titleModifiers.has(lower)) continue;
    // "Chief Cabinet Secretary": capitalized words go on as long as another head may follow.
    if (headEnd > 0 && !cap) break;
    // Capitalized modifiers that are not names of their own ("Regional Cooperation Minister").
    if (cap && !k.functionWords.has(lower) && !k.nameStopWords.has(lower)) continue;
    break;
  }
  return headEnd;
}

// "of State", "to the United Nations", "for Peace Missions": a known entity, or capitalized words
// that leave at least two for the name after them.
function readComplement(s: Scan, at: number): { end: number; entity: ParsedTitle['complement']; commit?: () => void } | null {
  let j = at + 1;
  if (s.lower(j) === 'the') j++;
  if (!s.isCap(j)) return null;
  const named = findNamed(s, j);
  const first = named?.found[0];
  if (named && first && first.start === j && s.doc.kindOf(first.entityId) !== 'person') {
    return { end: named.end, entity: { start: j, end: named.end, entityId: first.entityId }, commit: named.commit };
  }
  let run = j;
  while (run < s.n && s.isCap(run) && s.sameSentence(j, run) && !s.g.k.nameStopWords.has(s.lower(run))) run++;
  if (run - j < 3) return null;
  return { end: run - 2, entity: null };
}

function roleText(s: Scan, start: number, end: number, spec: TitleSpec | null): string | null {
  if (spec && spec.role === null && end === start + 1) return null;
  const words: string[] = [];
  for (let j = start; j < end; j++) {
    const t = s.tok(j)!;
    if (t.kind === 'punct' && t.text === '-') { words.push('-'); continue; }
    if (t.kind !== 'word') continue;
    const w = SMALL.has(t.lower) && j > start ? t.lower : t.text.charAt(0).toUpperCase() + t.text.slice(1);
    words.push(w);
  }
  return words.join(' ').replace(/ - /g, '-');
}
