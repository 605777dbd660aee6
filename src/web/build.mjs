#!/usr/bin/env node
// Builds the web explorer into dist/explorer: the client bundled by esbuild, the page, the styles,
// and the Natural Earth countries (world-atlas) tagged with ISO3 codes. Offline: everything comes
// from installed packages. Run by `npm run build` (and so by `npm install`'s prepare).
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const require = createRequire(import.meta.url);
/** Antarctica has no member state and takes a fifth of the map. */
const LEFT_OUT = new Set(['010']);

/** Builds the explorer into `outDir`; returns the files written with their sizes. */
export async function buildExplorer(outDir = join(ROOT, 'dist/explorer')) {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'main.ts')], bundle: true, format: 'esm', target: 'es2020', minify: true,
    outfile: join(outDir, 'app.js'), legalComments: 'none', logLevel: 'warning',
  });
  copyFileSync(join(HERE, 'index.html'), join(outDir, 'index.html'));
  copyFileSync(join(HERE, 'style.css'), join(outDir, 'style.css'));
  writeFileSync(join(outDir, 'countries-110m.json'), JSON.stringify(taggedAtlas()));
  return ['app.js', 'index.html', 'style.css', 'countries-110m.json'];
}

/** world-atlas ids are ISO 3166-1 numeric; the knowledge base speaks ISO3 (world-countries maps one to the other). */
function taggedAtlas() {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const iso3 = new Map(require('world-countries').map((c) => [c.ccn3, c.cca3]));
  const geometries = topo.objects.countries.geometries.filter((g) => !LEFT_OUT.has(g.id));
  for (const g of geometries) g.properties = { name: g.properties?.name ?? '', ...(iso3.has(g.id) ? { iso3: iso3.get(g.id) } : {}) };
  topo.objects.countries.geometries = geometries;
  return topo;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await buildExplorer(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`explorer: built ${files.join(', ')}`);
}
