import { parseHTML } from 'linkedom';
import { domText, type TextNodeLike } from './dom-text.js';
import { flattenNesting } from './flatten-nesting.js';

/**
 * The text of an HTML fragment (a feed item's description, say): tags stripped, entities decoded,
 * paragraphs kept apart by a blank line. Pathological nesting is flattened first.
 *
 * @example htmlToText('<p>Hello <b>world</b> &amp; all</p>') // 'Hello world & all'
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\f\v]+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${flattenNesting(html).html}</body></html>`);
  return domText(document.body as unknown as TextNodeLike);
}
