import type { NameEntry } from './gazetteer.js';
import type { Scan } from './scan.js';

/**
 * Whether a gazetteer match of a state (name, demonym, capital) at tokens [start, end) really
 * names the state, judged from the words around it: "Washington Post", "George Washington",
 * "Jordan Peterson", "Turkey sandwich", "China Southern Airlines" and "Chad" the first name do not.
 */
export function acceptsStateMatch(s: Scan, start: number, end: number, e: NameEntry): boolean {
  const k = s.g.k;
  if (e.needsThe && s.lower(start - 1) !== 'the') return false;
  // In a headline every word is capitalized, and after "U.S." Reuters capitalizes the next word
  // ("the U.S. Market"): the neighbouring capitals then say nothing about a longer name.
  const headline = s.isTitleCase(start);
  const loose = !e.ambiguous && (headline || s.keys[end - 1]!.endsWith('.'));
  // A sentence's first word is capitalized anyway: "Radical French farmers", "Neighbouring Kenya".
  const opener = start - 1 === s.sentenceStart(start) && !e.ambiguous && e.via !== 'metonym';
  if (!loose && !opener && precededByName(s, start)) return false;
  // A demonym is an adjective: a capitalized word after it is what it qualifies ("Danish Web sites").
  const adjective = e.via === 'demonym' && !e.ambiguous && !k.demonymNameHeads.has(s.lowers[end] ?? '');
  if (!loose && !adjective && followedByName(s, end)) {
    // "Chad Smith": later "Chad" alone is the man too (a headline's "Israel Refuses" says nothing).
    if (e.ambiguous && !headline) s.doc.firstNames.add(s.keys[start]!);
    return false;
  }
  const next = s.tok(end);
  if (next && s.sameSentence(start, end) && k.compoundBlockers.has(next.lower)) return false;
  if (e.ambiguous) {
    const key = s.keys[start]!;
    if (s.doc.firstNames.has(key)) return false;
    if (key === 'Georgia' && georgiaIsUsState(s)) return false;
  }
  return true;
}

// A capitalized word just before that is not a sentence opener, a title or a mention of its own:
// "George Washington", "Denzel Washington", "Lake Chad".
function precededByName(s: Scan, i: number): boolean {
  const p = i - 1;
  if (p < 0 || !s.sameSentence(p, i) || !s.isCap(p) || !s.tok(i)!.spaceBefore) return false;
  const lower = s.lower(p);
  if (s.g.k.functionWords.has(lower) || s.g.k.nameStopWords.has(lower)) return false;
  if (s.endingBefore(i)) return false;
  if (s.g.titles.starts(lower) || s.g.k.titleHeads.has(lower) || s.g.k.titleModifiers.has(lower)) return false;
  // An all-capitals word before is a heading or an acronym ("NEW YORK"), not a first name.
  return !/^[\p{Lu}\d.]+$/u.test(s.tok(p)!.text);
}

// A capitalized word right after that continues a longer name: "Washington Post", "Jordan
// Peterson", "China Southern". Titles ("US Special Envoy"), bodies ("Saudi Foreign Ministry"),
// other entities and sentence-openers do not count.
function followedByName(s: Scan, end: number): boolean {
  const t = s.tok(end);
  if (!t || !t.spaceBefore || !s.sameSentence(end - 1, end) || !s.isCap(end)) return false;
  const k = s.g.k;
  const lower = t.lower;
  if (k.functionWords.has(lower) || k.nameStopWords.has(lower) || k.peopleAfterState.has(t.text) || k.placeNouns.has(lower)) return false;
  if (s.g.titles.starts(lower) || k.titleHeads.has(lower) || k.titleModifiers.has(lower)) return false;
  if (s.g.bodies.starts(lower)) return false;
  if (s.startsName(end)) return !knownNonEntityStart(s, end);
  if (startsCapitalizedTitle(s, end)) return false;
  if (/^[\p{Lu}\d.]+$/u.test(t.text) && t.text.length > 1) return false;
  return true;
}

function knownNonEntityStart(s: Scan, i: number): boolean {
  const m = s.longestName(i);
  return !!m && m.values.every((v) => v.kind === 'block');
}

// "Israeli Regional Cooperation Minister": capitalized words ending in a title head within four tokens.
function startsCapitalizedTitle(s: Scan, i: number): boolean {
  for (let j = i; j < i + 4 && s.isCap(j); j++) {
    if (s.g.k.titleHeads.has(s.lower(j)) || s.g.titles.starts(s.lower(j))) return true;
  }
  return false;
}

function georgiaIsUsState(s: Scan): boolean {
  let us = 0, caucasus = 0;
  for (const key of s.keys) {
    if (s.g.k.usStateContext.has(key)) us++;
    else if (s.g.k.georgiaStateContext.has(key)) caucasus++;
  }
  return us > caucasus;
}
