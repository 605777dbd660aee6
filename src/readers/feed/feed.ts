import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { makeDocument } from '../../core/document.js';
import { AccordsError } from '../../core/errors.js';
import { isValidDate } from '../dateline.js';
import { documentItem, rejectedItem, type InputItem } from '../input-item.js';
import { formatSize } from '../size.js';
import { scanTags } from '../markup-tags.js';
import { readEntry, type XmlObject, type XmlValue } from './feed-entry.js';
import { checkXml } from './xml-guard.js';

// Content-like elements stay raw, so that CDATA, entities and inline XHTML are read one way.
const RAW = ['title', 'description', 'content', 'summary', 'content:encoded', 'atom:content', 'atom:summary', 'atom:title'];

/**
 * Reads an RSS 2.0 / RSS 1.0 / Atom feed: each item a document (title, text from its content or
 * description with HTML stripped, date, link; id from guid/id/link), or a rejection `path:line`
 * naming the item. A feed that cannot be read at all throws.
 *
 * @example readFeed(xml, 'news/feed.xml', {}).filter((i) => i.kind === 'document').length // 20
 */
export function readFeed(xml: string, origin: string, opts: { date?: string; maxSize: number; warnings?: readonly string[] }): InputItem[] {
  const checked = checkXml(xml, origin);
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: false, htmlEntities: false,
    parseTagValue: false, parseAttributeValue: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true,
    stopNodes: RAW.map((n) => `*.${n}`),
    isArray: (name) => /(^|:)(item|entry|link)$/.test(name),
  });
  const root = parser.parse(checked.xml) as XmlObject;
  const entries = findEntries(root, origin);
  const lines = entryLines(checked.xml);
  const out: InputItem[] = entries.map((e, i) => entryItem(e, i, lines[i], origin, opts));
  if (checked.truncated) out.push(rejectedItem(origin, `${checked.truncated}; ${entries.length} complete item(s) kept`));
  return out;
}

function entryItem(e: XmlObject, index: number, line: number | undefined, origin: string,
  opts: { date?: string; maxSize: number; warnings?: readonly string[] }): InputItem {
  const where = line ? `${origin}:${line}` : `${origin}#${index + 1}`;
  const entry = readEntry(e);
  const date = opts.date ?? entry.date;
  if (!date) return rejectedItem(where, 'no usable date: the feed item has no pubDate, published, updated or dc:date; give --date');
  if (!isValidDate(date)) return rejectedItem(where, `invalid date "${date}"`);
  const warnings = [...(opts.warnings ?? [])];
  let text = entry.text;
  if (!text.trim() && entry.title) {
    text = entry.title;
    warnings.push('the feed item has no content; its title is the text');
  }
  if (!text.trim()) return rejectedItem(where, 'empty document: the feed item has no title, content or description');
  if (text.length > opts.maxSize) return rejectedItem(where, `document larger than the ${formatSize(opts.maxSize)} limit (--max-size)`);
  const id = entry.id ?? `${basename(origin)}#${index + 1}`;
  return documentItem(makeDocument({ id, date, text, title: entry.title, origin: where, url: entry.link, format: 'feed', warnings }));
}

function findEntries(root: XmlObject, origin: string): XmlObject[] {
  const rss = obj(root.rss) ?? obj(root['rss:rss']);
  const rdf = obj(root['rdf:RDF']) ?? obj(root.RDF);
  const feed = obj(root.feed) ?? obj(root['atom:feed']);
  let list: XmlValue | XmlValue[] | undefined;
  if (rss) list = obj(rss.channel)?.item ?? rss.item;
  else if (rdf) list = rdf.item ?? rdf['rss:item'] ?? obj(rdf.channel)?.item;
  else if (feed) list = feed.entry ?? feed['atom:entry'];
  else throw new AccordsError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)', origin);
  const entries = ([] as XmlValue[]).concat(list ?? []).filter((x): x is XmlObject => !!obj(x));
  if (!entries.length) throw new AccordsError('the feed has no items', origin);
  return entries;
}

function obj(v: XmlValue | XmlValue[] | undefined): XmlObject | null {
  const x = Array.isArray(v) ? v[0] : v;
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as XmlObject) : null;
}

/** The line each item or entry starts on, in document order (CDATA and comments skipped). */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1, pos = 0;
  for (const t of scanTags(xml, false)) {
    if (t.kind !== 'open' || !/(^|:)(item|entry)$/.test(t.name)) continue;
    for (let k = xml.indexOf('\n', pos); k >= 0 && k < t.start; k = xml.indexOf('\n', k + 1)) line++;
    pos = t.start;
    lines.push(line);
  }
  return lines;
}
