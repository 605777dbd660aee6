import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect/backend.js';
import type { DB } from './schema.js';

/** Rows per INSERT: well under SQLite's bound-parameter limit for our widest table. */
const CHUNK = 100;

/**
 * Inserts rows in chunks; rows already present (same key) are left as they are, so a replayed
 * write is harmless. With `strict`, a row whose key is taken is an error instead.
 *
 * Rows that all have the same columns and no undefined value (what the writers produce) go in as
 * SQL written here once per shape and run through Kysely's executor: building a query tree for
 * every row costs ingestion more than SQLite takes to store it. Anything else goes through the
 * query builder.
 *
 * @example await insertMany(trx, 'mentions', rows);
 */
export async function insertMany<T extends keyof DB & string>(db: Kysely<DB> | Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[],
  opts: { strict?: boolean } = {}): Promise<void> {
  const postgres = isPostgres(db);
  const columns = rows.length ? uniformColumns(rows as readonly Record<string, unknown>[]) : null;
  for (const [from, to] of chunks(rows.length, !postgres)) {
    const chunk = rows.slice(from, to);
    if (columns) {
      const params = chunk.flatMap((r) => columns.map((c) => (r as Record<string, unknown>)[c]));
      await db.executeQuery(CompiledQuery.raw(insertSql(table, columns, chunk.length, postgres, !opts.strict), params));
      continue;
    }
    const insert = (db as Kysely<any>).insertInto(table).values(chunk as any[]);
    await (opts.strict ? insert : insert.onConflict((oc: any) => oc.doNothing())).execute();
  }
}

/** The columns every row has, in the first row's order, or null when rows differ or hold undefined. */
function uniformColumns(rows: readonly Record<string, unknown>[]): string[] | null {
  const columns = Object.keys(rows[0]!);
  for (const r of rows) {
    let n = 0;
    for (const k in r) {
      if (r[k] === undefined || !Object.hasOwn(rows[0]!, k)) return null;
      n++;
    }
    if (n !== columns.length) return null;
  }
  return columns;
}

const sqlCache = new Map<string, string>();

/** `insert into "t" ("a", "b") values (?, ?), (?, ?) [on conflict do nothing]`, with $n placeholders on PostgreSQL. */
function insertSql(table: string, columns: readonly string[], rows: number, postgres: boolean, ignore: boolean): string {
  const key = `${table}|${columns.join(',')}|${rows}|${postgres}|${ignore}`;
  let sql = sqlCache.get(key);
  if (sql === undefined) {
    let p = 0;
    const tuple = () => `(${columns.map(() => (postgres ? `$${++p}` : '?')).join(', ')})`;
    sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, tuple).join(', ')}`
      + (ignore ? ' on conflict do nothing' : '');
    sqlCache.set(key, sql);
  }
  return sql;
}

/**
 * Row ranges of at most CHUNK rows. For SQLite, whose statements are kept prepared by their SQL
 * text, the rest after full chunks goes in power-of-two pieces (64, 32, …, 1), so a table is
 * written by at most eight distinct statements whatever the row counts.
 */
function chunks(n: number, fewShapes: boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (; i + CHUNK <= n; i += CHUNK) out.push([i, i + CHUNK]);
  if (!fewShapes) {
    if (i < n) out.push([i, n]);
    return out;
  }
  for (let size = 64; size >= 1; size >>= 1) if (n - i >= size) { out.push([i, i + size]); i += size; }
  return out;
}
