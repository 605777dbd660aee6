import { Parser } from 'htmlparser2';
import type { QueryableDocument } from './page-date.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul', 'caption', 'details', 'summary', 'body', 'br',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'object', 'canvas', 'select']);
const KEEP = new Set(['meta', 'time', 'script', 'title', 'link']);

interface Kept { name: string; attrs: Record<string, string>; text: string }

/**
 * Reads a page in one streaming pass, without building a DOM: its whole text (paragraphs apart),
 * its title, and the elements a date can be found in. For pages too large for a DOM in bounded time.
 *
 * @example saxPage(html).text
 */
export function saxPage(html: string): { text: string; title: string | null; doc: QueryableDocument } {
  const paragraphs: string[] = [];
  const kept: Kept[] = [];
  let line: string[] = [];
  let skipDepth = 0;
  let open: Kept | null = null;
  const flush = () => {
    const s = line.join('').replace(/\s+/g, ' ').trim();
    if (s) paragraphs.push(s);
    line = [];
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (KEEP.has(name)) {
        open = { name, attrs, text: '' };
        kept.push(open);
      }
      if (SKIP.has(name)) skipDepth++;
      else if (BLOCK.has(name)) flush();
    },
    ontext(t) {
      if (open) open.text += t;
      if (!skipDepth) line.push(t);
    },
    onclosetag(name) {
      if (open?.name === name) open = null;
      if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      else if (BLOCK.has(name)) flush();
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.end(html);
  flush();
  const title = kept.find((k) => k.name === 'title')?.text.replace(/\s+/g, ' ').trim() || null;
  const doc: QueryableDocument = {
    querySelectorAll: (selector) => kept.filter((k) => k.name === selector).map((k) => ({
      getAttribute: (n: string) => k.attrs[n] ?? null,
      textContent: k.text,
    })),
  };
  return { text: paragraphs.join('\n\n'), title, doc };
}
