/**
 * A document as every reader produces it, before extraction.
 * `text` is what all offsets refer to (for a dateline file: the text after the dateline).
 */
export interface SourceDocument {
  readonly id: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date: string;
  readonly text: string;
  readonly title: string | null;
  /** Where it came from: a path, `path:line`, or a URL. */
  readonly origin: string;
  readonly url: string | null;
  /** Reader that produced it: text | html | feed | jsonl. */
  readonly format: 'text' | 'html' | 'feed' | 'jsonl';
  /** Notes the reader wants reported (e.g. a Latin-1 fallback). */
  readonly warnings: readonly string[];
}

export function makeDocument(d: {
  id: string; date: string; text: string; title?: string | null; origin: string;
  url?: string | null; format: SourceDocument['format']; warnings?: readonly string[];
}): SourceDocument {
  return Object.freeze({
    id: d.id, date: d.date, text: d.text, title: d.title ?? null, origin: d.origin,
    url: d.url ?? null, format: d.format, warnings: Object.freeze([...(d.warnings ?? [])]),
  });
}
