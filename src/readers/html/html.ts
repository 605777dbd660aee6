import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { makeDocument, type SourceDocument } from '../../core/document.js';
import { AccordsError } from '../../core/errors.js';
import { requireDate } from '../dateline.js';
import { domDepth, domText, type TextNodeLike } from './dom-text.js';
import { flattenNesting, MAX_HTML_DEPTH } from './flatten-nesting.js';
import { pageDate, type QueryableDocument } from './page-date.js';

// Readability is recursive and slow on large trees: past these, the page's plain text is used.
const READABILITY_MAX_ELEMENTS = 50_000;
// Shorter than this, what Readability picked is probably a fragment and the body text is better.
const MIN_ARTICLE_CHARS = 140;

/**
 * Reads an HTML page: its main text (Readability over linkedom, else the body's text), its title,
 * canonical URL and publication date from the page's metadata (`--date` overrides).
 *
 * @example readHtmlDocument(html, 'news/page.html').date // '2025-11-06'
 */
export function readHtmlDocument(content: string, origin: string,
  opts: { date?: string; id?: string; warnings?: readonly string[] } = {}): SourceDocument {
  const warnings = [...(opts.warnings ?? [])];
  const flat = flattenNesting(content);
  if (flat.flattened) warnings.push(`HTML nested ${flat.depth} levels deep; flattened below ${MAX_HTML_DEPTH}`);
  const { document } = parseHTML(flat.html);
  const found = pageDate(document as unknown as QueryableDocument);
  if (found?.modified && !opts.date) warnings.push(`no publication date; used the modification date (${found.source})`);
  const date = requireDate(opts.date, found?.date ?? null, origin, 'no usable date: the page has no publication date in its metadata; give --date');
  const metaTitle = metaContent(document, ['og:title', 'twitter:title']);
  const pageTitle = clean(document.title) || null;
  const url = linkHref(document, 'canonical') ?? metaContent(document, ['og:url']);
  const { text, title: articleTitle } = mainText(document, warnings);
  const title = metaTitle ?? (clean(articleTitle) || pageTitle);
  if (!text.trim()) throw new AccordsError('no readable text in the page', origin);
  return makeDocument({ id: opts.id ?? basename(origin), date, text, title, origin, url, format: 'html', warnings });
}

function mainText(document: Document, warnings: string[]): { text: string; title: string | null } {
  const body = (document.body ?? document.documentElement) as unknown as TextNodeLike | null;
  if (!body) return { text: '', title: null };
  const elements = document.getElementsByTagName('*').length;
  if (elements > READABILITY_MAX_ELEMENTS || domDepth(body, MAX_HTML_DEPTH * 2) > MAX_HTML_DEPTH * 2) {
    warnings.push(`page too large for article extraction (${elements} elements); used the whole text`);
    return { text: domText(body), title: null };
  }
  let article: { content?: string | null; title?: string | null } | null = null;
  try {
    article = new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    article = null;
  }
  const articleText = article?.content ? domText(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as TextNodeLike) : '';
  const text = articleText.length >= MIN_ARTICLE_CHARS ? articleText : domText(body);
  return { text, title: article?.title ?? null };
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
