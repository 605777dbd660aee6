import { MARK_CLOSE, MARK_OPEN } from '../../store/dialect/full-text.js';

/**
 * A search excerpt as plain text with the matched ranges beside it (never markup: the client
 * renders the ranges as nodes).
 *
 * @example { text: '… agreed to join the Abraham Accords …', marks: [{ start: 21, end: 28 }] }
 */
export interface Snippet {
  text: string;
  marks: { start: number; end: number }[];
}

/** Turns a snippet with MARK_OPEN/MARK_CLOSE around matches into text and ranges. */
export function readSnippet(marked: string): Snippet {
  let text = '';
  const marks: Snippet['marks'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = text.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && text.length > open) marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}
