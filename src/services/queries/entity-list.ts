import { sql } from 'kysely';
import type { KnowledgeBase } from '../knowledge-base.js';

/**
 * One line of the entity list.
 *
 * @example { id: 'KAZ', kind: 'state', name: 'Kazakhstan', state: 'KAZ' }
 */
export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  state: string | null;
}

/** Entities by name, optionally those whose name or id contains `q`, or of one kind. */
export async function listEntities(kb: KnowledgeBase, opts: { q?: string; kind?: string; limit: number; offset: number }): Promise<{ total: number; entities: EntitySummary[] }> {
  let q = kb.db.selectFrom('entities');
  if (opts.kind) q = q.where('kind', '=', opts.kind);
  if (opts.q) {
    // LIKE wildcards in what the user typed are literal.
    const like = `%${opts.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(lower(name) like ${like} escape '\\' or lower(id) like ${like} escape '\\')`);
  }
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    q.select(['id', 'kind', 'name', 'state']).orderBy('name').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
  ]);
  return { total: Number(count?.n ?? 0), entities: rows };
}
