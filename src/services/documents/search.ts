import { fullTextOf } from '../../store/dialect/full-text.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { parseSearch } from './search-query.js';
import { readSnippet, type Snippet } from './snippet.js';

/**
 * The answer to a full-text search: how many documents match and one page of them, best first.
 *
 * @example { query: 'abraham accords', total: 3, hits: [{ id: '…', date: '2025-11-06', title: null, snippet: { text: '…', marks: [] } }] }
 */
export interface SearchResult {
  query: string;
  total: number;
  hits: { id: string; date: string; title: string | null; snippet: Snippet }[];
}

/** Searches document titles and texts; a query with no words matches nothing. */
export async function searchDocuments(kb: KnowledgeBase, input: string, page: { limit: number; offset: number }): Promise<SearchResult> {
  const query = parseSearch(input);
  if (!query) return { query: input, total: 0, hits: [] };
  const { total, hits } = await fullTextOf(kb.db).search(kb.db, query, page);
  return { query: input, total, hits: hits.map((h) => ({ id: h.id, date: h.date, title: h.title, snippet: readSnippet(h.snippet) })) };
}
