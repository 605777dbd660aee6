import { htmlToText } from '../html/html-to-text.js';
import { normalizeDate } from '../normalize-date.js';
import { xmlText } from './xml-text.js';

/** A parsed XML element as fast-xml-parser gives it: text, or an object of children and `@_` attributes. */
export type XmlValue = string | number | boolean | { [key: string]: XmlValue | XmlValue[] } | XmlValue[] | undefined;
export type XmlObject = { [key: string]: XmlValue | XmlValue[] };

/**
 * What one RSS item or Atom entry says, read into plain strings.
 *
 * @example readEntry(item) // {id: 'urn:1', title: 'Talks resume', text: '…', date: '2025-11-06', link: 'https://…'}
 */
export interface FeedEntry {
  readonly id: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly date: string | null;
  readonly link: string | null;
}

// Most specific first: full content before a summary; publication before update.
const CONTENT_KEYS = ['content:encoded', 'content', 'description', 'summary', 'atom:content', 'atom:summary'];
const DATE_KEYS = ['published', 'pubDate', 'dc:date', 'dcterms:issued', 'atom:published', 'issued', 'updated', 'atom:updated', 'modified'];

export function readEntry(e: XmlObject): FeedEntry {
  const link = entryLink(e);
  const guid = plain(first(e.guid) ?? first(e.id) ?? first(e['atom:id']) ?? first(e['@_rdf:about']));
  let date: string | null = null;
  for (const k of DATE_KEYS) if (!date) date = normalizeDate(plain(first(e[k])));
  let text = '';
  for (const k of CONTENT_KEYS) if (!text) text = rich(first(e[k]));
  const title = rich(first(e.title) ?? first(e['atom:title'])) || null;
  return { id: guid || link || null, title, text, date, link };
}

function entryLink(e: XmlObject): string | null {
  const links = ([] as XmlValue[]).concat((e.link ?? e['atom:link'] ?? []) as XmlValue);
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return xmlText(l.trim());
    if (l && typeof l === 'object' && !Array.isArray(l)) {
      const rel = l['@_rel'];
      const href = l['@_href'];
      if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return xmlText(href);
      const txt = l['#text'];
      if (typeof txt === 'string' && txt.trim()) return xmlText(txt.trim());
    }
  }
  return null;
}

function first(v: XmlValue | XmlValue[]): XmlValue {
  return Array.isArray(v) ? v[0] : v;
}

/** Text content of a simple element (a date, an id), entities decoded. */
function plain(v: XmlValue): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return xmlText(String(v)).trim();
  const t = (v as XmlObject)['#text'];
  return typeof t === 'string' || typeof t === 'number' ? xmlText(String(t)).trim() : '';
}

/** Text of a content-like element: RSS descriptions and Atom `html`/`xhtml` content are HTML. */
function rich(v: XmlValue): string {
  if (v === undefined || v === null) return '';
  let raw: string, type: string | undefined;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const t = v['#text'];
    raw = typeof t === 'string' || typeof t === 'number' ? String(t) : '';
    type = typeof v['@_type'] === 'string' ? (v['@_type'] as string).toLowerCase() : undefined;
  } else raw = String(v);
  // Atom's type="text" is plain text; anything else (RSS, html, xhtml) may carry markup.
  if (type === 'text') return xmlText(raw).replace(/\s+/g, ' ').trim();
  return htmlToText(type === 'xhtml' ? raw : xmlText(raw));
}
