import { createRequire } from 'node:module';
import { STATE_ADDITIONS, STATE_NAME_EXCLUSIONS } from './state-additions.js';
import { CAPITAL_EXCLUSIONS, SEATS_OF_POWER } from './seats-of-power.js';

/**
 * A state as the entity finder knows it: every way news names it.
 *
 * @example { code: 'KAZ', name: 'Kazakhstan', names: ['Kazakhstan', 'Republic of Kazakhstan'],
 *            demonyms: ['Kazakhstani', 'Kazakh'], capitals: ['Astana'] }
 */
export interface StateRecord {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  /** Capitals and seats of power that stand for the government ("Riyadh", "the Kremlin"). */
  readonly capitals: readonly string[];
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
}

// Latin letters (with diacritics), spaces, dots, apostrophes and hyphens: drops native scripts.
const ENGLISH_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ .'’()-]+$/;
// Two-letter codes ("IN", "NO", "IT") are words; only these short forms are names in news.
const SHORT_FORMS = new Set(['US', 'UK', 'UAE', 'USA', 'DPRK', 'ROK', 'PRC', 'KSA', 'DRC']);
// world-countries codes Kosovo "UNK", which our annotation guide uses for an unknown actor.
const CODE_FIXES: Readonly<Record<string, string>> = { UNK: 'XKX' };

function usable(name: string): boolean {
  if (!ENGLISH_NAME.test(name) || STATE_NAME_EXCLUSIONS.has(name) || name.includes(',')) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return SHORT_FORMS.has(name);
  return name.length >= 3 && !/\(/.test(name);
}

/** Builds every state from world-countries (the maintained dataset) plus our curated additions. */
export function loadStates(): StateRecord[] {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const byCode = new Map<string, { name: string; names: Set<string>; demonyms: Set<string>; capitals: Set<string> }>();
  const independent = new Set<string>();
  for (const c of countries) {
    const code = CODE_FIXES[c.cca3] ?? c.cca3;
    if (c.independent) independent.add(code);
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings].filter(usable));
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && usable(d)));
    const capitals = new Set((c.capital ?? []).filter((n) => usable(n) && !CAPITAL_EXCLUSIONS.has(n)));
    byCode.set(code, { name: c.name.common, names, demonyms, capitals });
  }
  for (const add of STATE_ADDITIONS) {
    const s = byCode.get(add.code) ?? { name: add.names?.[0] ?? add.code, names: new Set(), demonyms: new Set(), capitals: new Set() };
    for (const n of add.names ?? []) s.names.add(n);
    for (const d of add.demonyms ?? []) s.demonyms.add(d);
    byCode.set(add.code, s);
  }
  for (const seat of SEATS_OF_POWER) byCode.get(seat.code)?.capitals.add(seat.name);
  dropSharedNames(byCode, independent);
  return [...byCode].map(([code, s]) => ({
    code, name: s.name, names: [...s.names], demonyms: [...s.demonyms], capitals: [...s.capitals],
  }));
}

// A name or demonym that world-countries gives several states ("American" for the US and its
// territories, "French", "Congolese") names the state our additions give it to, else the one
// sovereign state among them, else none of them.
function dropSharedNames(byCode: Map<string, { names: Set<string>; demonyms: Set<string>; capitals: Set<string> }>,
  independent: ReadonlySet<string>): void {
  const curated = new Map<string, string>();
  for (const add of STATE_ADDITIONS) for (const n of [...(add.names ?? []), ...(add.demonyms ?? [])]) curated.set(n, add.code);
  const owners = new Map<string, Set<string>>();
  for (const [code, s] of byCode) {
    for (const n of [...s.names, ...s.demonyms, ...s.capitals]) {
      let set = owners.get(n);
      if (!set) owners.set(n, (set = new Set()));
      set.add(code);
    }
  }
  for (const [n, codes] of owners) {
    if (codes.size < 2) continue;
    const sovereign = [...codes].filter((c) => independent.has(c));
    const keep = curated.get(n) ?? (sovereign.length === 1 ? sovereign[0]! : null);
    for (const code of codes) {
      if (code === keep) continue;
      const s = byCode.get(code)!;
      s.names.delete(n); s.demonyms.delete(n); s.capitals.delete(n);
    }
  }
}
