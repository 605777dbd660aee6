import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.js';

let countries: Map<string, string> | null = null;

/** Common English names of states by ISO3, read on first use. */
function countryNames(): Map<string, string> {
  if (!countries) {
    const list = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string } }[];
    countries = new Map(list.map((c) => [c.cca3, c.name.common]));
  }
  return countries;
}

/**
 * Display names for entity ids: the stored entity's name, else a state's common name, else the id.
 *
 * @example await namesOf(db, ['ARE', 'person:donald-trump'])
 */
export async function namesOf(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const uniq = [...new Set(ids)];
  for (let i = 0; i < uniq.length; i += 500) {
    const rows = await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', uniq.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r.name);
  }
  for (const id of uniq) if (!out.has(id)) out.set(id, countryNames().get(id) ?? id);
  return out;
}
