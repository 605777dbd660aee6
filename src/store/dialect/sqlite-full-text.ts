import { sql, type Kysely } from 'kysely';
import type { FullTextQuery, FullTextSearch } from './full-text.js';
import { MARK_CLOSE, MARK_OPEN } from './snippet-marks.js';

/** Words of the excerpt around the best match. */
const SNIPPET_TOKENS = 24;

/** An FTS5 string literal: a phrase in double quotes, inner quotes doubled. */
function quoted(words: readonly string[]): string {
  return `"${words.join(' ').replace(/"/g, '""')}"`;
}

/** The FTS5 MATCH expression for a parsed query: every phrase required. */
export function fts5Match(q: FullTextQuery): string {
  return q.phrases.map((p, i) => quoted(p) + (q.prefix && i === q.phrases.length - 1 ? '*' : '')).join(' AND ');
}

/**
 * SQLite FTS5: an external-content index over `documents(title, text)` kept in step by triggers,
 * so every writer (ingest, a future worker) updates it without knowing it exists. The porter
 * stemmer lets "sign" find "signed"; diacritics are folded.
 */
export const sqliteFullText: FullTextSearch = {
  async createIndex(db) {
    await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='rowid',
      tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger documents_fts_insert after insert on documents begin
      insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text); end`.execute(db);
    await sql`create trigger documents_fts_delete after delete on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text); end`.execute(db);
    await sql`create trigger documents_fts_update after update of title, text on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
      insert into documents_fts(rowid, title, text) values (new.rowid, new.title, new.text); end`.execute(db);
    await sql`insert into documents_fts(documents_fts) values ('rebuild')`.execute(db);
  },
  async dropIndex(db) {
    for (const t of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.raw(`documents_fts_${t}`)}`.execute(db);
    await sql`drop table if exists documents_fts`.execute(db);
  },
  async search(db, query, page) {
    const match = fts5Match(query);
    const count = await sql<{ n: number }>`select count(*) as n from documents_fts where documents_fts match ${match}`.execute(db);
    const rows = await sql<{ id: string; date: string; title: string | null; snippet: string }>`
      select d.id, d.date, d.title, snippet(documents_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) as snippet
      from documents_fts join documents d on d.rowid = documents_fts.rowid
      where documents_fts match ${match}
      order by bm25(documents_fts, 2.0, 1.0), d.date desc
      limit ${page.limit} offset ${page.offset}`.execute(db);
    return { total: Number(count.rows[0]?.n ?? 0), hits: rows.rows };
  },
};
