import type { PersonRecord } from '../../lang/en/entities/index.js';
import type { PersonInfo } from './doc-entities.js';
import type { NameEntry } from './gazetteer.js';
import type { ParsedTitle } from './parse-title.js';
import type { Scan } from './scan.js';
import { slug } from './slug.js';

/**
 * A person read from the text, before it is registered.
 *
 * @example { id: 'person:ofir-akunis', name: 'Ofir Akunis', record: null }
 */
export interface PersonReading {
  readonly id: string;
  readonly name: string;
  readonly record: PersonRecord | null;
  /** For a surname several known people share ("President Bush" in 2000): the state they all have. */
  readonly state?: string;
}

const YEAR = 365.25 * 24 * 3600 * 1000;
const isPerson = (v: NameEntry) => v.kind === 'person';

/** The role a known person held on a date, if any. */
export function roleAt(p: PersonRecord, date: string): string | null {
  let best: string | null = null;
  for (const r of p.roles) {
    if ((r.start ?? '0000') <= date && (r.end === null || r.end >= date)) best = r.role;
  }
  return best;
}

// 2 when a role covers the date, 1 when the date is near the person's public life, else 0.
function activity(p: PersonRecord, date: string): number {
  if (roleAt(p, date)) return 2;
  const t = Date.parse(date);
  const starts = p.roles.map((r) => Date.parse(r.start ?? '1900-01-01'));
  const ends = p.roles.map((r) => (r.end === null ? Infinity : Date.parse(r.end)));
  return t >= Math.min(...starts) - 5 * YEAR && t <= Math.max(...ends) + 15 * YEAR ? 1 : 0;
}

/**
 * The known person a surname alone names on the document's date, when exactly one fits best.
 * A title before it ("President Bush") counts for the people who held that office.
 */
export function resolveKnownSurname(s: Scan, key: string, titleRole: string | null = null): PersonRecord | null {
  const best = bestBySurname(s, key, titleRole);
  return best.length === 1 ? best[0]! : null;
}

/** The state every best-fitting known person of that surname has, when they tie ("President Bush" in 2000). */
export function sharedSurnameState(s: Scan, key: string, titleRole: string | null = null): string | null {
  const best = bestBySurname(s, key, titleRole);
  const state = best[0]?.state ?? null;
  return best.length > 1 && best.every((p) => p.state === state) ? state : null;
}

function bestBySurname(s: Scan, key: string, titleRole: string | null): PersonRecord[] {
  const list = s.g.surnames.get(key);
  if (!list) return [];
  const date = s.doc.documentDate;
  let best: PersonRecord[] = [], bestScore = 0;
  for (const p of list) {
    if (p.surnameNeedsContext && !titleRole) continue;
    const held = titleRole !== null && p.roles.some((r) => r.role === titleRole);
    const score = activity(p, date) * 2 + (held ? 1 : 0);
    if (score > bestScore) { best = [p]; bestScore = score; }
    else if (score === bestScore && score > 0) best.push(p);
  }
  return best;
}

/** Who the name at tokens [start, end) is: a known person, one named earlier, or a new one. */
export function readPerson(s: Scan, start: number, end: number, titleRole: string | null = null): PersonReading {
  const name = s.slice(start, end).replace(/\s+/g, ' ');
  const known = s.longestName(start, isPerson);
  if (known && known.end === end) {
    const id = known.values[0]!.id;
    return { id, name, record: s.g.catalog.get(id)?.person ?? null };
  }
  const byParts = s.g.firstLast.get(firstLastKey(s, start, end));
  if (byParts && end - start > 2) return { id: byParts, name, record: s.g.catalog.get(byParts)?.person ?? null };
  const local = s.doc.personKeys.get(name);
  if (local) return { id: local, name, record: s.doc.people.get(local)?.record ?? null };
  if (end - start === 1) {
    const rec = resolveKnownSurname(s, s.keys[start]!, titleRole);
    if (rec) return { id: rec.id, name, record: rec };
    const state = sharedSurnameState(s, s.keys[start]!, titleRole);
    if (state) return { id: `person:${slug(name)}`, name, record: null, state };
  }
  return { id: `person:${slug(name)}`, name, record: null };
}

/** "John F. Kerry" → "John Kerry": the first and last words of a name, past initials and suffixes. */
export function firstLastKey(s: { keys: readonly string[]; g: { k: { nameSuffixes: ReadonlySet<string> } } }, start: number, end: number): string {
  let last = end - 1;
  while (last > start && (s.g.k.nameSuffixes.has(s.keys[last]!) || s.keys[last] === ',')) last--;
  return `${s.keys[start]} ${s.keys[last]}`;
}

/** Adds what this mention tells about the person to the document's entities. */
export function registerPerson(s: Scan, r: PersonReading, start: number, end: number,
  title: ParsedTitle | null, state: string | null): void {
  const doc = s.doc;
  let p: PersonInfo | undefined = doc.people.get(r.id);
  if (!p) {
    p = {
      id: r.id, name: r.record?.name ?? r.name, role: null, roleFromText: false,
      state: r.record?.state ?? r.state ?? null, gender: r.record?.gender ?? null, record: r.record,
    };
    doc.people.set(r.id, p);
  }
  if (title?.role && !p.roleFromText) { p.role = title.role; p.roleFromText = true; }
  if (!p.role && r.record) p.role = roleAt(r.record, doc.documentDate);
  // A known person keeps the curated state (none for an official of an international body).
  if (!p.state && state && !p.record) p.state = state;
  if (!p.gender && title?.gender) p.gender = title.gender;
  if (end - start > 1 && p.name.length < r.name.length && !r.record) p.name = r.name;
  registerKeys(s, r, start, end);
}

function registerKeys(s: Scan, r: PersonReading, start: number, end: number): void {
  const keys = s.doc.personKeys;
  keys.set(r.name, r.id);
  if (end - start < 2) return;
  let last = end - 1;
  while (last > start && s.g.k.nameSuffixes.has(s.keys[last]!)) last--;
  keys.set(s.keys[last]!, r.id);
  for (const sn of r.record?.surnames ?? []) keys.set(sn, r.id);
  const first = s.keys[start]!;
  s.doc.firstNames.add(first);
  // Arabic names are shortened to the given name ("Prince Faisal", "Sheikh Mohammed").
  for (let j = start + 1; j < end; j++) {
    if (s.g.k.nameParticles.has(s.lowers[j]!) && /^(?:bin|bint|ibn)$/.test(s.lowers[j]!)) { keys.set(first, r.id); break; }
  }
}
