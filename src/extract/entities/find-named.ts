import { acceptsStateMatch } from './context-filter.js';
import { acceptsPlace, placeState } from './place-context.js';
import type { NameEntry } from './gazetteer.js';
import { readPerson, registerPerson } from './people.js';
import { candidate, type Candidate, type Found, type Scan } from './scan.js';

const KIND_PRIORITY: Readonly<Record<NameEntry['kind'], number>> = {
  block: 6, person: 5, organization: 4, agreement: 4, group: 3, state: 2,
};

/**
 * A name from the gazetteers at token i: a state (name, demonym, capital), a known person,
 * organization, agreement or group, or a name that is none ("New Jersey"). A state followed by
 * a government body becomes that body ("the Kazakh Foreign Ministry", "Israel’s Defense Ministry").
 */
export function findNamed(s: Scan, i: number): Candidate | null {
  if (!s.startsName(i)) return null;
  const m = s.longestName(i);
  if (!m) return null;
  const e = pick(m.values);
  if (e.kind === 'block') return candidate(m.end, [], KIND_PRIORITY.block, () => personLike(s, i, m.end));
  if (e.kind === 'state' || e.kind === 'group') {
    // the cheaper test first: most city names in running text are no place here
    if (e.via === 'place' && !acceptsPlace(s, i, m.end, e)) return null;
    if (!acceptsStateMatch(s, i, m.end, e)) return null;
    if (e.kind === 'state') return stateCandidate(s, i, m.end, e);
  }
  if (e.kind === 'person') {
    const reading = readPerson(s, i, m.end);
    return candidate(m.end, [{ start: i, end: m.end, entityId: reading.id, via: e.via }], KIND_PRIORITY.person,
      () => registerPerson(s, reading, i, m.end, null, null));
  }
  return simple(s, i, m.end, e);
}

function pick(values: readonly NameEntry[]): NameEntry {
  let best = values[0]!;
  for (const v of values) if (KIND_PRIORITY[v.kind] > KIND_PRIORITY[best.kind]) best = v;
  return best;
}

function simple(s: Scan, start: number, end: number, e: NameEntry, id = e.id): Candidate {
  const found: Found = { start, end, entityId: id, via: e.via };
  return candidate(end, [found], KIND_PRIORITY[e.kind]);
}

// A state's name, demonym, capital or place: the state it meant on the document's date, the
// body it heads ("the Kazakh Foreign Ministry"), the people it qualifies ("Bosnian Serbs").
function stateCandidate(s: Scan, start: number, end: number, e: NameEntry): Candidate | null {
  let code: string | null = e.id;
  if (e.via === 'place') {
    code = placeState(s, e, start);
    if (!code) return null;
  }
  code = s.doc.stateOn(code, e.via);
  const body = bodyAfter(s, start, end, code);
  if (body) return body;
  // "Bosnian Serbs", "Iraqi Kurds": the people of the state, one mention
  const next = s.tok(end);
  if (e.via === 'demonym' && next?.spaceBefore && s.sameSentence(start, end) && s.g.k.peopleAfterState.has(next.text)
    && !s.g.bodies.starts(next.lower)) return simple(s, start, end + 1, e, code);
  return simple(s, start, end, e, code);
}

function bodyAfter(s: Scan, start: number, stateEnd: number, code: string): Candidate | null {
  let j = stateEnd;
  if (s.isPossessive(j)) j++;
  if (!s.g.bodies.starts(s.lowers[j] ?? '')) return null;
  const b = s.g.bodies.longest(s.lowers, j);
  if (!b) return null;
  const spec = b.values[0]!;
  const id = `org:${code.toLowerCase()}-${spec.key}`;
  const stateName = s.doc.known(code)?.name ?? code;
  return candidate(b.end, [{ start, end: b.end, entityId: id, via: 'body' }], KIND_PRIORITY.organization,
    () => s.doc.define({ id, kind: 'organization', name: `${spec.name} of ${stateName}`, state: code, role: null, subtype: spec.subtype }));
}

// "Michael Jordan", "Jordan Peterson": a person whose name holds a state's name, so that "Jordan"
// alone later is the person too ("Lake Chad", "Niger River" are places, not people).
function personLike(s: Scan, start: number, end: number): void {
  const k = s.g.k;
  if (end - start < 2) return;
  for (let j = start; j < end; j++) {
    const w = s.lowers[j]!;
    if (k.demonymNameHeads.has(w) || k.placeNouns.has(w) || k.nonPersonNameWords.has(w)) return;
  }
  for (let j = start; j < end; j++) if (k.ambiguousStateNames.has(s.keys[j]!)) s.doc.firstNames.add(s.keys[j]!);
}
