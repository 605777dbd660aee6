import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { svg } from '../dom.js';
import { statusLabel } from './status.js';

interface CountryProps { name: string; iso3?: string }

let atlas: Promise<Topology> | null = null;

/** The Natural Earth 1:110m countries shipped with the explorer (never fetched from elsewhere). */
function loadAtlas(): Promise<Topology> {
  atlas ??= fetch('/countries-110m.json').then((r) => {
    if (!r.ok) throw new Error('the world map is missing from this build');
    return r.json() as Promise<Topology>;
  });
  return atlas;
}

/**
 * A world map whose countries are coloured by membership status; `update` recolours it for
 * another date without redrawing. A member country is a link to its entity page.
 *
 * @example const map = await worldMap((iso3) => `#/entity/${iso3}`); map.update(new Map([['ARE', 'signed']]));
 */
export async function worldMap(linkOf: (iso3: string) => string): Promise<{ el: SVGElement; update(status: ReadonlyMap<string, string>): void }> {
  const topo = await loadAtlas();
  const countries = feature(topo, topo.objects.countries as GeometryCollection<CountryProps>);
  const width = 960;
  const height = 470;
  const projection = geoNaturalEarth1().fitSize([width, height], countries as GeoPermissibleObjects);
  const path = geoPath(projection);
  const shapes = new Map<string, { link: SVGElement; shape: SVGElement; title: SVGElement; name: string }>();
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'world-map', role: 'img', 'aria-label': 'World map of member states by status' });
  root.appendChild(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  for (const f of countries.features) {
    const d = path(f as GeoPermissibleObjects);
    if (!d) continue;
    const iso3 = f.properties?.iso3;
    const name = f.properties?.name ?? '';
    const title = svg('title', {}, name);
    const shape = svg('path', { d, class: 'country' }, title);
    const link = svg('a', {}, shape);
    root.appendChild(link);
    if (iso3) shapes.set(iso3, { link, shape, title, name });
  }
  function update(status: ReadonlyMap<string, string>): void {
    for (const [iso3, s] of shapes) {
      const st = status.get(iso3);
      s.shape.setAttribute('class', st ? `country member st-${st}` : 'country');
      s.title.textContent = st ? `${s.name}: ${statusLabel(st)}` : s.name;
      if (st) {
        s.link.setAttribute('href', linkOf(iso3));
        s.link.setAttribute('aria-label', `${s.name}: ${statusLabel(st)}`);
      } else {
        s.link.removeAttribute('href');
        s.link.removeAttribute('aria-label');
      }
    }
  }
  return { el: root, update };
}
