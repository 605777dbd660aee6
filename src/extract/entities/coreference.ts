import { AgreementMemory } from './agreement-anaphora.js';
import { BodyNames, isSpokes } from './body-names.js';
import type { Found, Scan } from './scan.js';

const BODY_ID = /^org:[a-z]{3}-(.+)$/;
// Bodies that "the …" names for the story's own state when none was named before.
const DOMINANT_BODIES = new Set([
  'government', 'foreign-ministry', 'cabinet', 'parliament', 'presidency', 'military', 'army', 'royal-cabinet', 'royal-court',
]);
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
// Every pronoun above starts with h or s and has at most 7 letters: most words need no lookup.
const mayBePronoun = (w: string) => w.length <= 7 && (w.charCodeAt(0) === 104 || w.charCodeAt(0) === 115);
// "the minister" may stand for any minister; these heads compare on their last word.
const GENERIC_HEADS = new Set(['minister', 'secretary', 'envoy', 'ambassador', 'adviser', 'advisor', 'spokesman', 'spokeswoman']);

/**
 * References back to entities already found, added as mentions: pronouns (`via: 'pronoun'`),
 * "the president" (`via: 'title'`), "the accords" (`via: 'alias'`), "the administration".
 * Conservative: a reference with two possible antecedents is left alone. One left-to-right pass
 * that remembers what it has seen, so the cost stays linear in the text.
 */
export function resolveReferences(s: Scan): void {
  const found = [...s.found].sort((a, b) => a.start - b.start);
  const covered = s.scratch.u8(s.n);
  const byStart = new Map<number, Found>();
  for (const f of found) { covered.fill(1, f.start, f.end); byStart.set(f.start, f); }
  const mem = new Memory(s, byStart);
  let next = 0;
  const adds: Found[] = [];
  for (let i = 0; i < s.n; i++) {
    while (next < found.length && found[next]!.start < i) mem.see(found[next++]!);
    if (isSpokes(s.lowers[i]!)) mem.bodyNames.noteSpokesperson(i, byStart);
    if (covered[i] || s.tokens[i]!.kind !== 'word') continue;
    const lower = s.lowers[i]!;
    let f: Found | null = null;
    if (mayBePronoun(lower) && (MALE.has(lower) || FEMALE.has(lower))) f = mem.pronoun(i, MALE.has(lower) ? 'm' : 'f');
    else if (s.lowers[i - 1] === 'the') f = mem.titleReference(i) ?? mem.agreements.resolve(i);
    if (!f && lower === 'administration') f = mem.administration(i);
    if (!f && (s.lowers[i - 1] === 'the' || s.isCap(i)) && s.startsBody(i)) f = mem.bareBody(i);
    if (!f && s.lowers[i - 1] === 'the' && isSpokes(lower)) f = mem.spokesman(i);
    if (!f && s.isCap(i)) f = mem.bodyNames.shortName(i);
    if (!f && s.isStateNoun(i)) f = mem.stateNoun(i, covered);
    if (!f) continue;
    adds.push(f);
    mem.see(f);
    i = f.end - 1;
  }
  for (const f of adds) s.found.push(f);
}

class Memory {
  private readonly peopleBySentence = new Map<number, Found[]>();
  private readonly people = new Set<string>();
  private lastAdministration: string | null = null;
  private readonly stateCounts = new Map<string, number>();
  /** The last government body of each kind ("foreign-ministry" → "org:kaz-foreign-ministry"). */
  private readonly lastBody = new Map<string, string>();
  private lastOffice: string | null = null;
  readonly agreements: AgreementMemory;
  readonly bodyNames: BodyNames;

  constructor(private readonly s: Scan, private readonly byStart: ReadonlyMap<number, Found>) {
    this.agreements = new AgreementMemory(s);
    this.bodyNames = new BodyNames(s);
  }

  see(f: Found): void {
    const s = this.s;
    this.bodyNames.see(f);
    const kind = s.doc.kindOf(f.entityId);
    const sent = s.tokens[f.start]!.sentence;
    if (kind === 'person') {
      let list = this.peopleBySentence.get(sent);
      if (!list) this.peopleBySentence.set(sent, (list = []));
      list.push(f);
      this.people.add(f.entityId);
    } else if (kind === 'agreement') this.agreements.see(f);
    if (f.entityId.endsWith('-administration')) this.lastAdministration = f.entityId;
    const body = BODY_ID.exec(f.entityId);
    if (body) this.lastBody.set(body[1]!, f.entityId);
    if (f.entityId.startsWith('org:office-of-')) this.lastOffice = f.entityId;
    const st = s.doc.stateOf(f.entityId);
    if (st) this.stateCounts.set(st, (this.stateCounts.get(st) ?? 0) + 1);
    // "at the White House", "in Washington": where something happens, not a state the story is about
    const before = s.lowers[f.start - 1] === 'the' ? s.lowers[f.start - 2] : s.lowers[f.start - 1];
    if (kind === 'state' && f.via !== 'place' && before !== 'at' && before !== 'in') {
      let list = this.statesBySentence.get(sent);
      if (!list) this.statesBySentence.set(sent, (list = new Set()));
      list.add(f.entityId);
    }
  }

  private readonly statesBySentence = new Map<number, Set<string>>();

  /**
   * "the kingdom", "the Central Asian nation", "the country's": the state this sentence or the one
   * before names, when it names exactly one (two states leave the description unresolved). The
   * mention spans the description without its article.
   */
  stateNoun(i: number, covered: Uint8Array): Found | null {
    const s = this.s;
    let the = i - 1;
    while (the > i - 4 && the >= 0 && s.lowers[the] !== 'the' && s.tokens[the]!.kind === 'word' && !covered[the]
      && !s.g.k.functionWords.has(s.lowers[the]!)) the--;
    if (the < 0 || s.lowers[the] !== 'the') return null;
    // "the country of origin", "the Republic of …" describe something else; "the nation's capital" is the state's
    if (s.lowers[i + 1] === 'of') return null;
    const sent = s.tokens[i]!.sentence;
    if (s.tokens[the]!.sentence !== sent) return null;
    const seen = new Set([...(this.statesBySentence.get(sent) ?? []), ...(this.statesBySentence.get(sent - 1) ?? [])]);
    if (seen.size !== 1) return null;
    return { start: the + 1, end: i + 1, entityId: [...seen][0]!, via: 'alias' };
  }

  pronoun(i: number, gender: 'm' | 'f'): Found | null {
    const s = this.s;
    const sent = s.tokens[i]!.sentence;
    for (let back = 0; back <= 2 && sent - back >= 0; back++) {
      const inSentence = (this.peopleBySentence.get(sent - back) ?? []).filter((f) => f.end <= i);
      // "Azerbaijan's president said his country …": an unnamed official of a named state is
      // nearer than anyone before; the pronoun stands for that state
      if (inSentence.length === 0 && back === 0) {
        const official = this.unnamedOfficial(s.sentenceStart(i), i);
        if (official !== undefined) return official ? { start: i, end: i + 1, entityId: official, via: 'pronoun' } : null;
      }
      if (inSentence.length === 0) continue;
      const ids = new Set(inSentence.filter((f) => this.compatible(f.entityId, gender)).map((f) => f.entityId));
      if (ids.size === 0) return null;
      let id: string | null = ids.size === 1 ? [...ids][0]! : null;
      if (!id) id = this.subject(inSentence.filter((f) => this.compatible(f.entityId, gender)));
      return id ? { start: i, end: i + 1, entityId: id, via: 'pronoun' } : null;
    }
    return null;
  }

  /**
   * A title word in tokens [from, to) that names no found person: the state written just before it
   * ("Azerbaijan's president", "the Mauritanian foreign minister"), null for an official of no
   * named state ("the president"), undefined when there is no such title.
   */
  private unnamedOfficial(from: number, to: number): string | null | undefined {
    const s = this.s;
    let result: string | null | undefined;
    for (let t = s.nextTitleWord[from]!; t < to; t = s.nextTitleWord[t + 1]!) {
      if (this.covered(t)) continue;
      result = null;
      for (let j = t - 1; j >= from && j >= t - 4; j--) {
        const f = this.byStart.get(j);
        if (f && s.doc.kindOf(f.entityId) === 'state' && f.via !== 'place') { result = f.entityId; break; }
      }
    }
    return result;
  }

  // A mention found before covers the title word ("U.S. Trade Representative"). A person whose
  // title holds it ("President Trump") needs no look: it would be a person of the pronoun's
  // sentence, and unnamedOfficial is asked only when that sentence has none.
  private covered(t: number): boolean {
    for (let j = t; j >= 0 && j >= t - 6; j--) {
      const f = this.byStart.get(j);
      if (f && f.end > t) return true;
    }
    return false;
  }

  private compatible(id: string, gender: 'm' | 'f'): boolean {
    const g = this.s.doc.people.get(id)?.gender ?? null;
    return g === null || g === gender;
  }

  /**
   * Among several people in a sentence, the one a following pronoun most likely means: the one
   * who speaks ("…,” Blackwell wrote), else the subject (the person opening the sentence or a
   * clause, before its verb: "Speaking in Salem, Trump went after Bush").
   */
  private subject(candidates: readonly Found[]): string | null {
    const s = this.s;
    const speakers = new Set(candidates.filter((f) => s.g.k.speechVerbs.has(s.lowers[f.end] ?? '')
      || s.g.k.speechVerbs.has(s.lowers[(f.titleStart ?? f.start) - 1] ?? '')).map((f) => f.entityId));
    if (speakers.size === 1) return [...speakers][0]!;
    if (speakers.size > 1) return null;
    for (const f of candidates) {
      if (this.opensSentence(f) || this.opensClause(f)) return f.entityId;
    }
    return null;
  }

  private opensClause(f: Found): boolean {
    const s = this.s;
    const before = (f.titleStart ?? f.start) - 1;
    const after = s.tokens[f.end];
    return (s.tokens[before]?.text === ',' || s.lowers[before] === 'and' || s.lowers[before] === 'but')
      && !!after && after.kind === 'word' && !s.isCap(f.end) && !s.g.k.functionWords.has(after.lower);
  }

  // The person is the sentence's first words, but for "The", a state before the title, or a title.
  private opensSentence(f: Found): boolean {
    const s = this.s;
    const opener = f.titleStart ?? f.start;
    let j = s.sentenceStart(f.start);
    while (j < opener) {
      const before = this.byStart.get(j);
      if (before && before.end <= opener) { j = before.end; continue; }
      if (s.lowers[j] === 'the' || s.isPossessive(j)) { j++; continue; }
      return false;
    }
    return true;
  }

  titleReference(i: number): Found | null {
    const s = this.s;
    const m = s.g.titles.longest(s.lowers, i);
    if (!m) return null;
    const spec = m.values[0]!;
    if (!spec.role || s.isCap(m.end) || s.lowers[m.end] === 'of' || s.lowers[m.end] === '-') return null;
    const want = spec.role.toLowerCase();
    const head = want.split(' ').pop()!;
    let match: string | null = null;
    for (const id of this.people) {
      const role = s.doc.people.get(id)?.role?.toLowerCase();
      if (!role) continue;
      const fits = role === want || (GENERIC_HEADS.has(want) && role.split(' ').pop() === head)
        || (role.endsWith(` ${want}`) && !/^(?:vice|deputy|former|acting)\b/.test(role));
      if (!fits) continue;
      if (match) return null;
      match = id;
    }
    return match ? { start: i, end: m.end, entityId: match, via: 'title' } : null;
  }

  // "the administration", "administration officials": the administration named last, else the
  // US administration in a story about the United States.
  administration(i: number): Found | null {
    const s = this.s;
    if (s.lowers[i - 1] !== 'the' && !/^official/.test(s.lowers[i + 1] ?? '')) return null;
    let id = this.lastAdministration;
    if (!id && this.topState() === 'USA') {
      id = 'org:us-administration';
      if (!s.doc.has(id)) s.doc.define({ id, kind: 'organization', name: 'US administration', state: 'USA', role: null, subtype: 'government' });
    }
    return id ? { start: i, end: i + 1, entityId: id, via: 'alias' } : null;
  }

  // "the government", "the Foreign Ministry": the body named before, else the body of the state
  // the story is plainly about (named at least twice, and more than any other).
  bareBody(i: number): Found | null {
    const s = this.s;
    const m = s.g.bodies.longest(s.lowers, i);
    if (!m) return null;
    const spec = m.values[0]!;
    let id = this.lastBody.get(spec.key) ?? null;
    if (!id && DOMINANT_BODIES.has(spec.key)) {
      const code = this.dominantState();
      if (code) {
        id = `org:${code.toLowerCase()}-${spec.key}`;
        const name = `${spec.name} of ${s.doc.known(code)?.name ?? code}`;
        if (!s.doc.has(id)) s.doc.define({ id, kind: 'organization', name, state: code, role: null, subtype: spec.subtype });
      }
    }
    return id ? { start: i, end: m.end, entityId: id, via: 'alias' } : null;
  }

  // "the spokesman said": the one body whose spokesperson was named ("Cameron’s spokesman", "a
  // Foreign Ministry spokesman"), else the office named last ("Tokayev’s office").
  spokesman(i: number): Found | null {
    return this.bodyNames.spokesperson(i) ?? (this.lastOffice ? { start: i, end: i + 1, entityId: this.lastOffice, via: 'alias' } : null);
  }

  private dominantState(): string | null {
    let best: string | null = null, n = 0, second = 0;
    for (const [k, v] of this.stateCounts) {
      if (v > n) { second = n; best = k; n = v; } else if (v > second) second = v;
    }
    return n >= 2 && n >= second * 1.5 ? best : null;
  }

  private topState(): string | null {
    let best: string | null = null, n = 0;
    for (const [k, v] of this.stateCounts) if (v > n) { best = k; n = v; }
    return best;
  }
}
