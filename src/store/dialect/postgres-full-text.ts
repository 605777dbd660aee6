import { sql, type Kysely } from 'kysely';
import type { FullTextQuery, FullTextSearch } from './full-text.js';
import { MARK_CLOSE, MARK_OPEN } from './snippet-marks.js';

/** Characters of a text indexed: far beyond any article, well under tsvector's 1 MB bound. */
const INDEXED_CHARS = 200_000;
const HEADLINE = `StartSel="${MARK_OPEN}", StopSel="${MARK_CLOSE}", MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter="…"`;

/**
 * The websearch string and the prefix term for a parsed query: phrases in double quotes, the
 * prefix word (letters and digits only, as parsed) apart because websearch syntax has no prefixes.
 *
 * @example websearchOf({ phrases: [['abraham', 'accords'], ['kazakh']], prefix: true }) // { text: '"abraham accords"', prefix: 'kazakh:*' }
 */
export function websearchOf(q: FullTextQuery): { text: string; prefix: string | null } {
  const last = q.phrases.length - 1;
  const parts = q.phrases.filter((_, i) => !(q.prefix && i === last)).map((p) => (p.length > 1 ? `"${p.join(' ')}"` : p[0]));
  return { text: parts.join(' '), prefix: q.prefix ? `${q.phrases[last][0]}:*` : null };
}

/**
 * PostgreSQL: a generated `tsvector` column over title (weight A) and text (weight B) with a GIN
 * index, so every writer keeps it current without knowing it exists; queries through
 * `websearch_to_tsquery` (English stemming: "sign" finds "signed"), ranked by `ts_rank_cd`.
 */
export const postgresFullText: FullTextSearch = {
  async createIndex(db) {
    await sql`alter table documents add column search tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english', left(text, ${sql.lit(INDEXED_CHARS)})), 'B')) stored`.execute(db);
    await sql`create index documents_search on documents using gin (search)`.execute(db);
  },
  async dropIndex(db) {
    await sql`drop index if exists documents_search`.execute(db);
    await sql`alter table documents drop column if exists search`.execute(db);
  },
  async search(db, query, page) {
    const { text, prefix } = websearchOf(query);
    const tsq = prefix === null
      ? sql`websearch_to_tsquery('english', ${text})`
      : text ? sql`(websearch_to_tsquery('english', ${text}) && to_tsquery('english', ${prefix}))` : sql`to_tsquery('english', ${prefix})`;
    const count = await sql<{ n: string }>`select count(*) as n from documents where search @@ ${tsq}`.execute(db);
    const rows = await sql<{ id: string; date: string; title: string | null; snippet: string }>`
      select d.id, d.date, d.title, ts_headline('english', left(d.text, ${sql.lit(INDEXED_CHARS)}), t.q, ${HEADLINE}) as snippet
      from (select id, date, title, text, ts_rank_cd(search, ${tsq}) as rank from documents where search @@ ${tsq}
            order by rank desc, date desc, id limit ${page.limit} offset ${page.offset}) d, (select ${tsq} as q) t
      order by d.rank desc, d.date desc, d.id`.execute(db);
    return { total: Number(count.rows[0]?.n ?? 0), hits: rows.rows };
  },
};
