import { scanTags } from '../markup-tags.js';

/** Deeper than this, element tags are dropped (their text kept): real articles nest a few dozen levels. */
export const MAX_HTML_DEPTH = 128;

// Never nest: void elements have no content, and these close implicitly when a sibling opens.
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot',
]);

/**
 * Bounds the nesting of an HTML page before any DOM sees it: tags deeper than `maxDepth` are
 * replaced by a space (one for a run of them), so a 100,000-deep page becomes a shallow one with the same text, in linear time.
 *
 * @example flattenNesting('<b>'.repeat(500) + 'x', 128).flattened // true
 */
/** `tags` counts the elements left after flattening. */
export function flattenNesting(html: string, maxDepth = MAX_HTML_DEPTH): { html: string; flattened: boolean; depth: number; tags: number } {
  const parts: string[] = [];
  let depth = 0, deepest = 0, copied = 0, dropped = 0, lastEnd = -1, tags = 0;
  for (const t of scanTags(html, true)) {
    if (NO_DEPTH.has(t.name) || t.kind === 'selfclose') {
      if (t.kind !== 'close') tags++;
      continue;
    }
    const drop = t.kind === 'open' ? ++depth > maxDepth : depth-- > maxDepth;
    if (depth < 0) depth = 0;
    if (depth > deepest) deepest = depth;
    if (!drop) {
      if (t.kind === 'open') tags++;
      continue;
    }
    // A run of dropped tags becomes one space: words stay apart and no page of blanks is left behind.
    const between = html.slice(copied, t.start);
    if (copied !== lastEnd || /\S/.test(between)) parts.push(between, ' ');
    copied = lastEnd = t.end;
    dropped++;
  }
  if (!dropped) return { html, flattened: false, depth: deepest, tags };
  parts.push(html.slice(copied));
  return { html: parts.join(''), flattened: true, depth: deepest, tags };
}
