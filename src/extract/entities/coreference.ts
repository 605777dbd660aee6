import { resolveAgreementAnaphor } from './agreement-anaphora.js';
import type { Found, Scan } from './scan.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
// "the minister" may stand for any minister; these heads compare on their last word.
const GENERIC_HEADS = new Set(['minister', 'secretary', 'envoy', 'ambassador', 'adviser', 'advisor', 'spokesman', 'spokeswoman']);

/**
 * References back to entities already found, added as mentions: pronouns (`via: 'pronoun'`),
 * "the president" (`via: 'title'`), "the accords" (`via: 'alias'`), "the administration".
 * Conservative: a reference with two possible antecedents is left alone.
 */
export function resolveReferences(s: Scan): void {
  const covered = new Uint8Array(s.n);
  for (const f of s.found) covered.fill(1, f.start, f.end);
  const people = s.found.filter((f) => s.doc.kindOf(f.entityId) === 'person').sort((a, b) => a.start - b.start);
  const adds: Found[] = [];
  for (let i = 0; i < s.n; i++) {
    if (covered[i] || s.tokens[i]!.kind !== 'word') continue;
    const lower = s.lowers[i]!;
    let f: Found | null = null;
    if (MALE.has(lower) || FEMALE.has(lower)) f = pronoun(s, people, i, MALE.has(lower) ? 'm' : 'f');
    else if (s.lowers[i - 1] === 'the') f = titleReference(s, people, i) ?? resolveAgreementAnaphor(s, i);
    if (!f && lower === 'administration') f = administration(s, i);
    if (!f) continue;
    adds.push(f);
    if (s.doc.kindOf(f.entityId) === 'person') insertSorted(people, f);
    i = f.end - 1;
  }
  for (const f of adds) s.found.push(f);
}

function insertSorted(list: Found[], f: Found): void {
  let k = list.length;
  while (k > 0 && list[k - 1]!.start > f.start) k--;
  list.splice(k, 0, f);
}

function compatible(s: Scan, id: string, gender: 'm' | 'f'): boolean {
  const g = s.doc.people.get(id)?.gender ?? null;
  return g === null || g === gender;
}

function pronoun(s: Scan, people: readonly Found[], i: number, gender: 'm' | 'f'): Found | null {
  const sent = s.tokens[i]!.sentence;
  for (let back = 0; back <= 2 && sent - back >= 0; back++) {
    const target = sent - back;
    const inSentence = people.filter((f) => s.tokens[f.start]!.sentence === target && f.end <= i);
    if (inSentence.length === 0) continue;
    const ids = [...new Set(inSentence.filter((f) => compatible(s, f.entityId, gender)).map((f) => f.entityId))];
    if (ids.length === 0) return null;
    let id: string | null = ids.length === 1 ? ids[0]! : null;
    if (!id) {
      // Several people: the sentence's subject, when a person opens the sentence.
      const first = inSentence[0]!;
      const opener = first.titleStart ?? first.start;
      if (opener - s.sentenceStart(first.start) <= 2 && compatible(s, first.entityId, gender)) id = first.entityId;
    }
    return id ? { start: i, end: i + 1, entityId: id, via: 'pronoun' } : null;
  }
  return null;
}

function titleReference(s: Scan, people: readonly Found[], i: number): Found | null {
  const m = s.g.titles.longest(s.lowers, i);
  if (!m) return null;
  const spec = m.values[0]!;
  if (!spec.role || s.isCap(m.end) || s.lowers[m.end] === 'of' || s.lowers[m.end] === '-') return null;
  const want = spec.role.toLowerCase();
  const head = want.split(' ').pop()!;
  const ids = new Set<string>();
  let lastId: string | null = null;
  for (const f of people) {
    if (f.start >= i) break;
    const role = s.doc.people.get(f.entityId)?.role?.toLowerCase();
    if (!role) continue;
    const fits = role === want || (GENERIC_HEADS.has(want) && role.split(' ').pop() === head)
      || (role.endsWith(` ${want}`) && !/^(?:vice|deputy|former|acting)\b/.test(role));
    if (fits) { ids.add(f.entityId); lastId = f.entityId; }
  }
  if (ids.size !== 1 || !lastId) return null;
  return { start: i, end: m.end, entityId: lastId, via: 'title' };
}

// "the administration", "administration officials": the administration named last, else the
// US administration in a story about the United States.
function administration(s: Scan, i: number): Found | null {
  if (s.lowers[i - 1] !== 'the' && !/^official/.test(s.lowers[i + 1] ?? '')) return null;
  let id: string | null = null;
  for (const f of s.found) if (f.start < i && f.entityId.endsWith('-administration')) id = f.entityId;
  if (!id && topState(s) === 'USA') {
    id = 'org:us-administration';
    if (!s.doc.has(id)) s.doc.define({ id, kind: 'organization', name: 'US administration', state: 'USA', role: null, subtype: 'government' });
  }
  return id ? { start: i, end: i + 1, entityId: id, via: 'alias' } : null;
}

function topState(s: Scan): string | null {
  const counts = new Map<string, number>();
  for (const f of s.found) {
    const st = s.doc.stateOf(f.entityId);
    if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
  }
  let best: string | null = null, n = 0;
  for (const [k, v] of counts) if (v > n) { best = k; n = v; }
  return best;
}
