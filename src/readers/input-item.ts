import type { SourceDocument } from '../core/document.js';

/**
 * One outcome of reading inputs: a document to store, or an input refused with a reason.
 * `input` is a path, or `path:line` for one line of a JSONL file or one item of a feed.
 *
 * @example { kind: 'rejected', input: 'news/feed.xml:42', error: 'no usable date' }
 */
export type InputItem =
  | { readonly kind: 'document'; readonly doc: SourceDocument }
  | { readonly kind: 'rejected'; readonly input: string; readonly error: string };

export function documentItem(doc: SourceDocument): InputItem {
  return { kind: 'document', doc };
}

export function rejectedItem(input: string, error: string): InputItem {
  return { kind: 'rejected', input, error };
}
