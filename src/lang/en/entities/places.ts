import { readFileSync } from 'node:fs';

/**
 * A place inside a state (data/reference/places.json): a region, province or city that locates
 * an event ("arrested in Samarra" → IRQ). `states` has several codes when news uses the name in
 * several states ("Punjab"); the document's context then decides.
 *
 * @example { names: ['Gaza Strip', 'Gaza'], states: ['PSE'], needsContext: [] }
 */
export interface PlaceRecord {
  readonly names: readonly string[];
  readonly states: readonly string[];
  /** Names that count only after a locative word ("in Sydney"): also common words or names. */
  readonly needsContext: readonly string[];
}

interface PlacesFile {
  regions: { name: string; aliases?: string[]; state?: string; states?: string[]; needsContext?: string[] }[];
  /** [name, 'ISO3' or 'ISO3|ISO3', population, GeoNames id] */
  cities: [string, string, number, number][];
}

// src/lang/en/entities and dist/lang/en/entities are both four levels below the repository root.
const PLACES_FILE = new URL('../../../../data/reference/places.json', import.meta.url);

/** Curated regions, then GeoNames cities (which always need a locative word before them). */
export function loadPlaces(): PlaceRecord[] {
  const file = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as PlacesFile;
  const out: PlaceRecord[] = [];
  for (const r of file.regions) {
    out.push({ names: [r.name, ...(r.aliases ?? [])], states: r.states ?? [r.state!], needsContext: r.needsContext ?? [] });
  }
  for (const [name, states] of file.cities) out.push({ names: [name], states: states.split('|'), needsContext: [name] });
  return out;
}

/**
 * Place names left out: common English words, first names and surnames that are also the name of
 * a large city somewhere ("Nice weather", "Reading is fun", "Jackson said").
 */
export const PLACE_NAME_EXCLUSIONS: ReadonlySet<string> = new Set([
  'Nice', 'Mobile', 'Reading', 'Split', 'Bath', 'Gary', 'Victoria', 'Florence', 'Jackson', 'Austin', 'Aurora',
  'Batman', 'Bello', 'Bimbo', 'Brits', 'Buffalo', 'Chandler', 'Charlotte', 'Columbus', 'Formosa', 'Irvine',
  'Libertad', 'Mesa', 'Miramar', 'Moron', 'Natal', 'Newport', 'Raleigh', 'Riverside', 'Salem', 'Saga', 'Sakura',
  'Windsor', 'Woodlands', 'Progreso', 'Dali', 'Hino', 'Lincoln', 'Madison', 'Troy', 'Eugene', 'Regina',
  'Independence', 'Orange', 'Temple', 'Normal', 'Marion', 'Hamilton', 'Kingston', 'Wellington', 'Santiago',
  'Salvador', 'Mercedes', 'Lafayette', 'Nancy', 'Laval', 'Concepcion', 'Surprise', 'Sale', 'Deal', 'Bury',
  'Worthing', 'Cork', 'Derby', 'Preston', 'Wakefield', 'Bolton', 'Stockton', 'Halifax', 'Plano', 'Arlington',
  'Garland', 'Henderson', 'Portland', 'Meads', 'Ironville', 'Naga', 'Serra', 'Palma', 'Pilar',
  'Soledad', 'Guadalupe', 'Rosario', 'Valencia', 'Cordoba', 'Toledo', 'Granada', 'Florencia',
  'Lucena', 'Vitoria', 'Franca', 'Marilia', 'Linz', 'Essen', 'Hagen', 'Witten', 'Bottrop', 'Moers', 'Kassel',
  'Mainz', 'Tula', 'Kirov', 'Kurgan', 'Orel', 'Perm', 'Engels', 'Mati', 'Taiping', 'Shengli', 'Masina',
  'Beni', 'Kara', 'Jadid', 'Queenstown', 'Kimberley', 'Livingstone', 'Morena', 'Pali', 'Salamanca', 'Tanda',
]);

/** Words after a place name that keep it a place ("Sindh province", "the Darfur region"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province', 'provinces', 'region', 'regions', 'state', 'city', 'town', 'village', 'district', 'governorate',
  'county', 'area', 'valley', 'enclave', 'territory', 'oblast', 'prefecture', 'municipality', 'suburb', 'suburbs',
  'outskirts', 'border', 'camp', 'port',
]);

/**
 * Words before a place (up to three words back, as in "near the town of Samarra") that make a
 * capitalized name a location rather than a person: "in", "near", "from" …, and "of" after a
 * place noun ("the West Bank city of Hebron", "the government of Sindh province").
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'near', 'at', 'from', 'outside', 'inside', 'into', 'across', 'throughout', 'around', 'toward', 'towards',
  'to', 'via', 'between', 'within', 'off', 'beyond', 'along',
]);

/** Words that join places in a list, so that "in" reaches past them ("in Baghdad and Samarra"). */
export const PLACE_LIST_GLUE: ReadonlySet<string> = new Set(['and', 'or', ',', '&']);
