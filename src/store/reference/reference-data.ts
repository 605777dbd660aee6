import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog, type AgreementCatalog } from '../../kb/membership/catalog.js';
import type { MembershipFact } from '../../kb/membership/evidence.js';
import { STAGES, type Stage } from '../../kb/vocabulary.js';

/** The project's data/reference folder (the same relative place from src/ and from dist/). */
export const REFERENCE_DIR = fileURLToPath(new URL('../../../data/reference/', import.meta.url));

/**
 * Curated facts loaded into a new database: membership steps and officeholders, each citing a source.
 *
 * @example const ref = readReferenceData(); await loadReference(db, ref);
 */
export interface ReferenceData {
  readonly memberships: readonly MembershipFact[];
  readonly people: readonly { id: string; name: string; state: string | null; role: string | null }[];
  readonly sources: readonly { url: string; title: string | null; published: string | null; publisher: string | null }[];
}

/** Reads every membership file of data/reference/memberships/ and data/reference/people.json. */
export function readReferenceData(dir: string = REFERENCE_DIR): ReferenceData {
  const memberships: MembershipFact[] = [];
  const sources = new Map<string, ReferenceData['sources'][number]>();
  const mdir = join(dir, 'memberships');
  for (const name of existsSync(mdir) ? readdirSync(mdir).filter((n) => n.endsWith('.json')).sort() : []) {
    const json = JSON.parse(readFileSync(join(mdir, name), 'utf8'));
    for (const [url, s] of Object.entries<any>(json.sources ?? {})) {
      sources.set(url, { url, title: s?.title ?? null, published: s?.published ?? null, publisher: s?.publisher ?? null });
    }
    if (!Array.isArray(json.members)) continue;
    for (const m of json.members) for (const s of m.steps ?? []) {
      if (!STAGES.includes(s.stage) || !Array.isArray(s.sources) || !s.sources.length) {
        throw new Error(`reference ${name}: ${m.state} step needs a known stage and at least one source`);
      }
      for (const url of s.sources) memberships.push({ agreement: json.agreement, state: m.state, stage: s.stage as Stage, date: s.date, source: url });
    }
  }
  return { memberships, people: readPeople(join(dir, 'people.json')), sources: [...sources.values()] };
}

function readPeople(path: string): ReferenceData['people'] {
  if (!existsSync(path)) return [];
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const list: any[] = Array.isArray(json) ? json : json.people ?? json.officeholders ?? [];
  return list.filter((p) => typeof p.id === 'string' && typeof p.name === 'string').map((p) => {
    const roles: any[] = Array.isArray(p.roles) ? p.roles : [];
    const current = roles.find((r) => r.end === null) ?? roles[roles.length - 1];
    return { id: p.id, name: p.name, state: p.state ?? null, role: current?.role ?? p.role ?? null };
  });
}

/** Reads the agreement catalog (what each tracked agreement is); loaded with or without reference data. */
export function readCatalog(dir: string = REFERENCE_DIR): AgreementCatalog {
  return parseCatalog(JSON.parse(readFileSync(join(dir, 'memberships', 'agreements.json'), 'utf8')));
}
