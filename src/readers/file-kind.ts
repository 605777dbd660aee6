import { extname } from 'node:path';

/** Which reader a file goes to. */
export type FileKind = 'text' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/**
 * The reader for a file: by its extension, else by what its text starts with.
 *
 * @example fileKind('feed.xml') // 'feed'
 */
export function fileKind(path: string): FileKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Guesses from the first characters: an XML feed root, an HTML page, else plain text. */
export function sniffKind(text: string): FileKind {
  const head = text.slice(0, 1024).replace(/^(\s|<!--[\s\S]*?-->)+/, '');
  if (/^<\?xml|^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4096)) ? 'feed' : 'html';
  if (/^<(!doctype\s+html|html|head|body)[\s>]/i.test(head)) return 'html';
  return 'text';
}
