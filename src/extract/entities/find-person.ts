import { parseName } from './parse-name.js';
import { parseTitle, type ParsedTitle } from './parse-title.js';
import { readPerson, registerPerson, resolveKnownSurname } from './people.js';
import type { NameEntry } from './gazetteer.js';
import { candidate, type Candidate, type Found, type Scan } from './scan.js';

// Filters of gazetteer entries, made once rather than a closure per call.
const isPerson = (v: NameEntry) => v.kind === 'person';
const isState = (v: NameEntry) => v.kind === 'state';
const isStateByName = (v: NameEntry) => v.kind === 'state' && v.via !== 'demonym';

/**
 * A titled name: "Secretary of State Marco Rubio", "Kazakhstan’s President Kassym-Jomart
 * Tokayev" (from "President"), "Lt. Gen. Abdel Fattah al-Burhan", "White House senior adviser
 * Jared Kushner" (from "senior"). The mention is the name; `titleStart` marks the title.
 */
export function findTitledPerson(s: Scan, i: number): Candidate | null {
  const t = s.tok(i)!;
  if (t.kind !== 'word') return null;
  if (!s.isTitleWord(i) && !s.isCap(i)) return null;
  const title = parseTitle(s, i);
  if (!title) return null;
  // A known name wins over reading the words ("Prime Minister Theresa May": "May" is no month here).
  let at = title.end;
  // "the Russian foreign minister, Sergey V. Lavrov": a role title, a comma, then the full name.
  if (s.tok(at)?.text === ',' && title.role && (s.lowers[i - 1] === 'the' || s.stateBefore(i))) at++;
  // "Foreign Minister Sheikh Abdullah bin Zayed": an honorific between the office and the name.
  const honorific = s.g.titles.longest(s.lowers, at);
  if (honorific && honorific.values[0]!.role === null && honorific.end > at) at = honorific.end;
  const known = s.longestName(at, isPerson);
  let nameEnd = Math.max(parseName(s, at), known?.end ?? -1);
  // "Prime Minister May": a known surname that is also a word, made a name by the title.
  if (nameEnd < 0 && s.isCap(at) && !s.g.titles.starts(s.lowers[at]!) && resolveKnownSurname(s, s.keys[at]!, title.role)) {
    nameEnd = at + 1;
  }
  // "King Mohammed VI", "Crown Prince Mohammed": an alias that includes the title names the person.
  const alias = s.longestName(i, isPerson);
  const aliasId = alias && alias.end >= nameEnd && alias.end > at ? alias.values[0]!.id : null;
  if (aliasId) nameEnd = alias!.end;
  if (nameEnd < 0 || (at > title.end && nameEnd - at < 2 && !aliasId)) return null;
  if (nameEnd - at === 1 && !known && !aliasId && !singleNameFits(s, at, title)) return null;
  // "General Motors Corp", "General Electric Co": a company, not General Motors the man.
  if (!known && !aliasId && s.g.k.organizationWords.has(s.lowers[nameEnd - 1]!)) return null;
  return personCandidate(s, at, nameEnd, title, i, 5.5, 'name', aliasId);
}

/**
 * A name with a title in apposition: "Gideon Saar, Israel’s foreign minister," or
 * "Ofir Akunis, the Israeli regional cooperation minister".
 */
export function findAppositivePerson(s: Scan, i: number): Candidate | null {
  if (!s.isCap(i) || !commaWithin(s, i + 2, i + 7)) return null;
  const nameEnd = parseName(s, i, 5);
  if (!plausibleName(s, i, nameEnd) || s.tok(nameEnd)?.text !== ',') return null;
  let j = nameEnd + 1;
  if (s.lowers[j] === 'the' || s.lowers[j] === 'a') j++;
  let state: string | null = null;
  const m = s.longestName(j, isState);
  if (m) { state = m.values[0]!.id; j = m.end; if (s.isPossessive(j)) j++; }
  const title = parseTitle(s, j);
  if (!title || !title.role) return null;
  return personCandidate(s, i, nameEnd, { ...title, state: state ?? title.state }, undefined, 2);
}

// One word after a title names a person when it is a surname seen before or known, or after an
// honorific ("Mr. Tribe"); "at U.N. Headquarters" or "Chief Cabinet" does not.
function singleNameFits(s: Scan, at: number, title: ParsedTitle): boolean {
  const key = s.keys[at]!;
  if (s.doc.personKeys.has(key) || s.g.surnames.has(key)) return true;
  if (s.g.k.organizationWords.has(s.lowers[at]!)) return false;
  // "the General Agreement(s) on Tariffs and Trade": an agreement's head word is no surname
  if (s.g.k.agreementHeads.has(s.keys[at]!) || s.g.k.agreementOfHeads.has(s.keys[at]!)) return false;
  return title.role === null || !s.isCap(at + 1);
}

function commaWithin(s: Scan, from: number, to: number): boolean {
  for (let j = from; j < to && j < s.n; j++) if (s.tokens[j]!.text === ',') return true;
  return false;
}

/**
 * A full name next to a verb of saying: "Kelly Craft said", "said Ofir Akunis". No title, so no
 * role; the state may come from the sentence later.
 */
export function findReportedPerson(s: Scan, i: number): Candidate | null {
  if (!s.isCap(i)) return null;
  const k = s.g.k;
  const before = s.lowers[i - 1] ?? '';
  // The name must be the whole capitalized run ("Washington Institute for Near East Policy" is none).
  if (s.isCap(i - 1) && !k.functionWords.has(before) && s.sameSentence(i - 1, i)) return null;
  const end = parseName(s, i, 4);
  if (!plausibleName(s, i, end)) return null;
  if (k.organizationWords.has(s.lowers[end - 1]!) || k.organizationWords.has(s.lowers[end] ?? '')) return null;
  const after = s.tok(end)?.text === ',' ? s.lowers[end + 1] ?? '' : s.lowers[end] ?? '';
  if (!k.speechVerbs.has(after) && !k.speechVerbs.has(before)) return null;
  return personCandidate(s, i, end, null, undefined, 0);
}

/**
 * A bare full name ("Ben Carson") whose last word the text also uses alone ("Carson said"):
 * a person referred to by surname. Headlines, organizations and places are left out.
 */
export function findBareName(s: Scan, i: number): Candidate | null {
  if (!s.isCap(i) || s.isTitleCase(i)) return null;
  const k = s.g.k;
  if (s.isCap(i - 1) && s.sameSentence(i - 1, i) && !k.functionWords.has(s.lowers[i - 1]!)) return null;
  const end = parseName(s, i, 3);
  if (!plausibleName(s, i, end) || s.isCap(end) || !s.standsAlone(s.keys[end - 1]!)) return null;
  if (k.organizationWords.has(s.lowers[end - 1]!) || s.startsName(end - 1)) return null;
  return personCandidate(s, i, end, null, undefined, 0);
}

// Two words or more, not one hyphenated compound ("Coca-Cola", "R-Tex."), no one-letter last word
// ("Subtitle D"), no "-ing" opener at a sentence start ("Celebrating Clinton"), and no known person
// starting inside ("Crooked Hillary Clinton" is Hillary Clinton).
function plausibleName(s: Scan, i: number, end: number): boolean {
  if (end < i + 2) return false;
  let words = 1;
  for (let j = i + 1; j < end; j++) if (s.tokens[j]!.spaceBefore) words++;
  if (words < 2 || s.keys[end - 1]!.replace(/\.$/, '').length < 2) return false;
  if (i === s.sentenceStart(i) && /ing$/.test(s.lowers[i]!)) return false;
  // "Economic Affairs Allen Wallis": the end of a title, not the start of a name.
  if (s.g.k.titleModifiers.has(s.lowers[i]!)) return false;
  for (let j = i + 1; j < end; j++) {
    if (s.startsName(j) && s.longestName(j, isPerson)) return false;
  }
  return true;
}

/** A surname alone ("Rubio", "Tokayev’s") of someone named earlier, or of a known officeholder. */
export function findSurname(s: Scan, i: number): Candidate | null {
  if (!s.isCap(i)) return null;
  const key = s.keys[i]!;
  const local = s.doc.personKeys.get(key);
  if (!local && !(s.g.surnameFilter.mayHave(key) && s.g.surnames.has(key))) return null;
  // In an all-capitals headline every neighbour is capitalized: only a known name's word counts.
  const shouting = s.isShouting(i);
  if (s.isCap(i + 1) && s.tok(i + 1)!.spaceBefore && !s.g.k.nameStopWords.has(s.lowers[i + 1]!)
    && !s.g.k.functionWords.has(s.lowers[i + 1]!) && (!shouting || s.startsName(i + 1))) return null;
  const prev = i - 1;
  const prevIsName = prev >= 0 && s.isCap(prev) && s.sameSentence(prev, i) && !s.endingBefore(i)
    && !s.g.k.functionWords.has(s.lowers[prev]!) && !s.g.k.nameStopWords.has(s.lowers[prev]!)
    && (!shouting || s.startsName(prev));
  if (prevIsName) return null;
  // "May" is a surname after "Prime Minister May", a month in "the May report" and "in May 2017".
  if (s.g.k.nameStopWords.has(s.lowers[i]!)
    && (s.g.k.functionWords.has(s.lowers[prev] ?? '') || s.tok(i + 1)?.kind === 'number')) return null;
  if (local) return personCandidate(s, i, i + 1, null, undefined, 1, 'surname');
  if (!resolveKnownSurname(s, key)) return null;
  return personCandidate(s, i, i + 1, null, undefined, 1, 'surname');
}

function personCandidate(s: Scan, start: number, end: number, title: ParsedTitle | null,
  titleStart: number | undefined, priority: number, via: Found['via'] = 'name', knownId: string | null = null): Candidate {
  const read = readPerson(s, start, end, title?.role ?? null);
  const record = knownId ? s.g.catalog.get(knownId)?.person ?? null : null;
  const reading = knownId ? { id: knownId, name: read.name, record } : read;
  // "Japan's ambassador to the U.S.": the state before the title is the person's, not the posting.
  const state = (titleStart !== undefined ? s.stateBefore(titleStart) : null) ?? title?.state ?? stateAfter(s, end);
  const found: Found[] = [];
  if (title?.complement?.entityId) {
    found.push({ start: title.complement.start, end: title.complement.end, entityId: title.complement.entityId, via: 'name' });
  }
  found.push({
    start, end, entityId: reading.id, via: end - start === 1 ? 'surname' : via,
    ...(titleStart !== undefined ? { titleStart } : {}),
  });
  return candidate(end, found, priority, () => { title?.commit?.(); registerPerson(s, reading, start, end, title, state); });
}

// "Prime Minister Benjamin Netanyahu of Israel"; "Paul Ryan (R-Wis.)", the US party-and-state tag.
function stateAfter(s: Scan, end: number): string | null {
  if (s.tok(end)?.text === '(' && /^[RDI]$/.test(s.keys[end + 1] ?? '') && s.keys[end + 2] === '-') return 'USA';
  if (s.lowers[end] !== 'of') return null;
  const m = s.longestName(end + 1, isStateByName);
  return m ? m.values[0]!.id : null;
}
