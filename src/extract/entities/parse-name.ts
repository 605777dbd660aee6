import type { Scan } from './scan.js';

/**
 * Reads a personal name at token i: capitalized words, initials, particles inside the name
 * ("Faisal bin Farhan Al Saud", "Abdel Fattah al-Burhan", "Kassym-Jomart Tokayev") and a suffix
 * ("Mohammed VI"). Returns the token index after the name, or -1.
 *
 * @example parseName(scan, i)  // i + 4 for "Kassym - Jomart Tokayev"
 */
export function parseName(s: Scan, i: number, max = 6): number {
  const k = s.g.k;
  if (!startsName(s, i)) return -1;
  let end = i + 1;
  let words = 1;
  while (end < s.n && words < max && s.sameSentence(i, end)) {
    const t = s.tok(end)!;
    if (t.kind === 'punct' && t.text === '-' && !t.spaceBefore && s.isWord(end + 1) && !s.tok(end + 1)!.spaceBefore
      && !k.hyphenSuffixes.has(s.lowers[end + 1]!)) {
      end += 2; words++;
      continue;
    }
    if (!t.spaceBefore) break;
    if (k.nameParticles.has(t.lower) && !s.isCap(end) && continuesAfterParticle(s, end + 1)) { end++; continue; }
    if (k.nameSuffixes.has(t.text)) { end++; break; }
    if (!isNameWord(s, end) || startsOtherEntity(s, end)) break;
    end++; words++;
  }
  return end;
}

function continuesAfterParticle(s: Scan, j: number): boolean {
  const t = s.tok(j);
  if (!t) return false;
  if (t.kind === 'punct' && t.text === '-' && !t.spaceBefore) return s.isWord(j + 1);
  return isNameWord(s, j);
}

function startsName(s: Scan, i: number): boolean {
  if (!isNameWord(s, i)) return false;
  // A name does not start with a known state, organization or agreement (but may with a
  // first name that is also a state, "Chad", or a capital, "Jordan").
  const m = s.longestName(i);
  if (m && m.values.every((v) => v.kind !== 'person' && !(v.kind === 'state' && (v.ambiguous || v.via === 'metonym')))) {
    return false;
  }
  return true;
}

function startsOtherEntity(s: Scan, i: number): boolean {
  if (!s.startsName(i)) return false;
  const m = s.longestName(i);
  return !!m && m.values.some((v) => v.kind === 'organization' || v.kind === 'agreement'
    || (v.kind === 'state' && !v.ambiguous && v.via !== 'metonym'));
}

// Several finders read a name at the same tokens: each token's answer is computed once per document.
function isNameWord(s: Scan, i: number): boolean {
  if (i < 0 || i >= s.n) return false;
  const known = s.nameWords[i]!;
  if (known !== 0) return known === 1;
  const yes = readsAsNameWord(s, i);
  s.nameWords[i] = yes ? 1 : 2;
  return yes;
}

function readsAsNameWord(s: Scan, i: number): boolean {
  const t = s.tok(i);
  if (!t || t.kind !== 'word' || !s.isCap(i)) return false;
  const k = s.g.k;
  if (k.nameStopWords.has(t.lower) || k.functionWords.has(t.lower) || k.titleHeads.has(t.lower)) return false;
  // "Rep.", "Ill.", "Gov.": abbreviations are titles or places; initials ("H.") and "Jr." are not.
  if (t.text.endsWith('.') && t.text.length > 2 && !k.nameSuffixes.has(t.text) && !/^(?:\p{Lu}\.)+$/u.test(t.text)) return false;
  // An all-capitals word longer than an initial is an acronym or a heading, not a name.
  if (t.text.length > 3 && !isLowerAscii(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase()) return false;
  return true;
}

// A cheap test that spares most words the upper-casing above ("Tokayev": the "o" settles it).
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
