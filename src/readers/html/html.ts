import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeDocument, type SourceDocument } from '../../core/document.js';
import { AccordsError } from '../../core/errors.js';
import { requireDate } from '../dateline.js';
import { domText, type TextNodeLike } from './dom-text.js';
import { flattenNesting, MAX_HTML_DEPTH } from './flatten-nesting.js';
import { pageDate, type QueryableDocument } from './page-date.js';
import { saxPage } from './sax-page.js';

// Readability's cost grows with elements × text, and a DOM's with elements: past these bounds
// (far above a news article's), a page is read as whole text, or without a DOM at all.
const READABILITY_MAX_TAGS = 10_000;
const READABILITY_MAX_CHARS = 1_500_000;
const DOM_MAX_TAGS = 30_000;
// Shorter than this, what Readability picked is probably a fragment and the body text is better.
const MIN_ARTICLE_CHARS = 140;

interface PageRead { text: string; title: string | null; metaTitle: string | null; url: string | null; doc: QueryableDocument }

/**
 * Reads an HTML page: its main text (Readability over linkedom, else the body's text), its title,
 * canonical URL and publication date from the page's metadata (`--date` overrides).
 *
 * @example readHtmlDocument(html, 'news/page.html').date // '2025-11-06'
 */
export function readHtmlDocument(content: string, origin: string,
  opts: { date?: string; id?: string; warnings?: readonly string[] } = {}): SourceDocument {
  const warnings = [...(opts.warnings ?? [])];
  if (looksTruncated(content)) warnings.push('the page looks truncated (no closing </html>); read what is there');
  const flat = flattenNesting(content);
  if (flat.flattened) warnings.push(`HTML nested ${flat.depth} levels deep; flattened below ${MAX_HTML_DEPTH}`);
  let page: PageRead;
  if (flat.tags > DOM_MAX_TAGS) {
    warnings.push(`page too large for article extraction (${flat.tags} elements); used its whole text`);
    const sax = saxPage(flat.html);
    page = { ...sax, metaTitle: null, url: null };
  } else {
    const article = flat.tags <= READABILITY_MAX_TAGS && flat.html.length <= READABILITY_MAX_CHARS;
    if (!article) warnings.push(`page too large for article extraction (${flat.tags} elements); used its whole text`);
    page = domPage(flat.html, article);
  }
  const found = pageDate(page.doc);
  if (found?.modified && !opts.date) warnings.push(`no publication date; used the modification date (${found.source})`);
  const date = requireDate(opts.date, found?.date ?? null, origin, 'no usable date: the page has no publication date in its metadata; give --date');
  if (!page.text.trim()) throw new AccordsError('no readable text in the page', origin);
  const title = page.metaTitle ?? page.title;
  return makeDocument({ id: opts.id ?? basename(origin), date, text: page.text, title, origin, url: page.url, format: 'html', warnings });
}

function domPage(html: string, article: boolean): PageRead {
  const { document } = parseHTML(html);
  const metaTitle = metaContent(document, ['og:title', 'twitter:title']);
  const url = linkHref(document, 'canonical') ?? metaContent(document, ['og:url']);
  const pageTitle = clean(document.title) || null;
  const doc = document as unknown as QueryableDocument;
  const body = (document.body ?? document.documentElement) as unknown as TextNodeLike | null;
  if (!body) return { text: '', title: pageTitle, metaTitle, url, doc };
  const bodyText = () => domText(body);
  if (!article) return { text: bodyText(), title: pageTitle, metaTitle, url, doc };
  let parsed: { content?: string | null; title?: string | null } | null = null;
  try {
    // Readability rewrites the tree it reads: give it a copy, the metadata search reads the original.
    parsed = new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    parsed = null;
  }
  const articleText = parsed?.content
    ? domText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as TextNodeLike) : '';
  const text = articleText.length >= MIN_ARTICLE_CHARS ? articleText : bodyText();
  return { text, title: clean(parsed?.title) || pageTitle, metaTitle, url, doc };
}

function looksTruncated(html: string): boolean {
  return /<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(html.slice(-4096));
}

function metaContent(document: Document, keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

function linkHref(document: Document, rel: string): string | null {
  return clean(document.querySelector(`link[rel="${rel}"]`)?.getAttribute('href')) || null;
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
