import { normalizeDate } from '../normalize-date.js';
import { JSONLD_MODIFIED_KEYS, JSONLD_PUBLISHED_KEYS, MODIFIED_META_KEYS, PUBLISHED_META_KEYS } from './date-sources.js';

/** The parts of a DOM document the date search reads (linkedom's Document has them). */
export interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/**
 * A page's publication date and where it was found.
 *
 * @example pageDate(doc) // {date: '2025-11-06', source: 'meta article:published_time', modified: false}
 */
export interface PageDate {
  readonly date: string;
  readonly source: string;
  /** True when only a modification date was found. */
  readonly modified: boolean;
}

// A JSON-LD block larger than this is not worth walking for a date.
const MAX_JSONLD = 1_000_000;

/**
 * Finds the publication date in a page's metadata: `<meta>` tags (Open Graph, Dublin Core, …),
 * JSON-LD `datePublished`, `<time datetime>` (a `pubdate` or `itemprop` one first), a date in the
 * canonical URL's path; a modification date only when nothing else is found.
 */
export function pageDate(doc: QueryableDocument): PageDate | null {
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.toLowerCase();
    const value = m.getAttribute('content') ?? m.getAttribute('datetime');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  const jsonld = jsonLdDates(doc);
  const fromMeta = (keys: readonly string[]) => first(keys.map((k) => [`meta ${k}`, metas.get(k)] as const));
  const fromLd = (keys: readonly string[]) => first(keys.map((k) => [`JSON-LD ${k}`, jsonld.get(k)] as const));
  const published = fromMeta(PUBLISHED_META_KEYS) ?? fromLd(JSONLD_PUBLISHED_KEYS) ?? timeElement(doc) ?? urlDate(doc, metas);
  if (published) return { ...published, modified: false };
  const modified = fromMeta(MODIFIED_META_KEYS) ?? fromLd(JSONLD_MODIFIED_KEYS);
  return modified ? { ...modified, modified: true } : null;
}

function first(candidates: (readonly [string, string | undefined])[]): { date: string; source: string } | null {
  for (const [source, value] of candidates) {
    const date = normalizeDate(value);
    if (date) return { date, source };
  }
  return null;
}

function timeElement(doc: QueryableDocument): { date: string; source: string } | null {
  const times = Array.from(doc.querySelectorAll('time'));
  const ranked = [
    ...times.filter((t) => t.getAttribute('pubdate') !== null || /datePublished/i.test(t.getAttribute('itemprop') ?? '')),
    ...times,
  ];
  for (const t of ranked) {
    const date = normalizeDate(t.getAttribute('datetime'));
    if (date) return { date, source: 'time datetime' };
  }
  return null;
}

// News sites put the publication day in article paths: /2025/11/06/slug.
const URL_DATE_RE = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//;

function urlDate(doc: QueryableDocument, metas: Map<string, string>): { date: string; source: string } | null {
  const canonical = Array.from(doc.querySelectorAll('link')).find((l) => /\bcanonical\b/i.test(l.getAttribute('rel') ?? ''));
  for (const [source, url] of [['canonical URL', canonical?.getAttribute('href')], ['og:url', metas.get('og:url')]] as const) {
    const m = url ? URL_DATE_RE.exec(url) : null;
    const date = m ? normalizeDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
    if (date) return { date, source };
  }
  return null;
}

/** The first value of each date property anywhere in the page's JSON-LD blocks. */
function jsonLdDates(doc: QueryableDocument): Map<string, string> {
  const found = new Map<string, string>();
  const wanted = new Set([...JSONLD_PUBLISHED_KEYS, ...JSONLD_MODIFIED_KEYS]);
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = s.textContent ?? '';
    if (raw.length > MAX_JSONLD) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    // Iterative walk: JSON-LD nests (@graph, arrays, mainEntity) and may be hostile.
    const stack: unknown[] = [data];
    let budget = 10_000;
    while (stack.length && budget-- > 0) {
      const v = stack.pop();
      if (!v || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
        continue;
      }
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
        if (wanted.has(k) && typeof val === 'string' && !found.has(k)) found.set(k, val);
        else if (val && typeof val === 'object') stack.push(val);
      }
    }
  }
  return found;
}
