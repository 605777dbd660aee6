import type { KnowledgeBase } from '../knowledge-base.js';

/**
 * One line of the document list: what it is and how much was extracted from it.
 *
 * @example { id: '2025-11-06-kazakhstan-abraham-accords.txt', date: '2025-11-06', title: null, url: null, length: 2412 }
 */
export interface DocumentSummary {
  id: string;
  date: string;
  title: string | null;
  url: string | null;
  length: number;
}

/** Stored documents, newest first, one page at a time (optionally only those on or before a date). */
export async function listDocuments(kb: KnowledgeBase, opts: { limit: number; offset: number; before?: string }): Promise<{ total: number; documents: DocumentSummary[] }> {
  let q = kb.db.selectFrom('documents');
  if (opts.before) q = q.where('date', '<=', opts.before);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q.select((eb) => ['id', 'date', 'title', 'url', eb.fn('length', ['text']).$castTo<number>().as('length')])
      .orderBy('date', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
  ]);
  return { total: Number(count?.n ?? 0), documents: rows.map((r) => ({ ...r, length: Number(r.length) })) };
}
