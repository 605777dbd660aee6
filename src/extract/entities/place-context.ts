import type { NameEntry } from './gazetteer.js';
import type { Scan } from './scan.js';

/** Words between a locative word and the place: "near the town of Samarra", "in southern Iraq". */
const MAX_GAP = 3;

/**
 * Whether a place match at tokens [start, end) names the place here: not a person ("Jackson
 * said", a name the document gave a person), and, for a place that is also a word or a name
 * ("Sydney", any GeoNames city), only after a locative word ("in", "near", "the city of") or
 * before a place noun ("Sindh province").
 */
export function acceptsPlace(s: Scan, start: number, end: number, e: NameEntry): boolean {
  const k = s.g.k;
  const next = s.lowers[end] ?? '';
  if (k.speechVerbs.has(next) || s.isPossessive(end) && k.speechVerbs.has(s.lowers[end + 1] ?? '')) return false;
  if (end - start === 1) {
    const key = s.keys[start]!;
    if (s.doc.personKeys.has(key) || s.doc.firstNames.has(key)) return false;
  }
  if (!e.needsContext) return true;
  return k.placeNouns.has(next) || locativeBefore(s, start);
}

function locativeBefore(s: Scan, start: number): boolean {
  const k = s.g.k;
  let j = start - 1;
  for (let n = 0; j >= 0 && n <= MAX_GAP && s.sameSentence(j, start); n++) {
    const w = s.lowers[j]!;
    if (k.locativeWords.has(w)) return true;
    // "the town of", "the West Bank city of": "of" after a place noun
    if (w === 'of') return k.placeNouns.has(s.lowers[j - 1] ?? '');
    // another place or state of a list: "in Baghdad and Samarra", "in Tikrit, Samarra"
    const listed = k.placeListGlue.has(w) ? s.endingBefore(j) : undefined;
    if (listed) { j = listed.start - 1; continue; }
    if (s.tokens[j]!.kind !== 'word' || s.isCap(j) && w !== 'the') return false;
    j--;
  }
  return false;
}

/**
 * The state a place names in this document: its one state, else the one candidate its sentence
 * names, else the one the document names ("Punjab" in a story about Pakistan), else none.
 */
export function placeState(s: Scan, e: NameEntry, at: number): string | null {
  if (!e.states) return e.id;
  const sent = s.sentences[s.tokens[at]!.sentence]!;
  for (const named of [s.statesNamedIn(sent.tokenStart, sent.tokenEnd), s.statesNamed()]) {
    const hits = e.states.filter((c) => named.has(c));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}
