import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect/backend.js';
import type { DB } from './schema.js';

/** Rows per INSERT: well under SQLite's bound-parameter limit for our widest table. */
const CHUNK = 100;

/**
 * Inserts rows in chunks; rows already present (same key) are left as they are, so a replayed
 * write is harmless. With `strict`, a row whose key is taken is an error instead.
 *
 * Rows that all have the same columns and no undefined value (what the writers produce) go in
 * through insertTuples; anything else goes through the query builder.
 *
 * @example await insertMany(trx, 'mentions', rows);
 */
export async function insertMany<T extends keyof DB & string>(db: Kysely<DB> | Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[],
  opts: { strict?: boolean } = {}): Promise<void> {
  const columns = rows.length ? uniformColumns(rows as readonly Record<string, unknown>[]) : null;
  if (columns) {
    await insertTuples(db, table, columns, rows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c])), opts);
    return;
  }
  for (const [from, to] of chunks(rows.length, !isPostgres(db))) {
    const insert = (db as Kysely<any>).insertInto(table).values(rows.slice(from, to) as any[]);
    await (opts.strict ? insert : insert.onConflict((oc: any) => oc.doNothing())).execute();
  }
}

/**
 * Inserts rows given as arrays of values in `columns` order, in chunks, as insertMany does (an
 * undefined value is stored as null). The SQL is written here once per table, columns and chunk
 * size, and runs through Kysely's executor: building a query tree for every row costs ingestion
 * more than SQLite takes to store it.
 *
 * @example await insertTuples(trx, 'mentions', ['doc_id', 'entity_id', 'span_start', 'span_end', 'text'], [['d1', 'KAZ', 0, 10, 'Kazakhstan']]);
 */
export async function insertTuples(db: Kysely<DB> | Transaction<DB>, table: keyof DB & string, columns: readonly string[],
  rows: readonly (readonly unknown[])[], opts: { strict?: boolean } = {}): Promise<void> {
  const postgres = isPostgres(db);
  const n = columns.length;
  for (const [from, to] of chunks(rows.length, !postgres)) {
    const params: unknown[] = new Array(n * (to - from));
    let k = 0;
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      for (let c = 0; c < n; c++) {
        const v = r[c];
        params[k++] = v === undefined ? null : v;
      }
    }
    await db.executeQuery(CompiledQuery.raw(insertSql(table, columns, to - from, postgres, !opts.strict), params));
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

/** SQL by columns list (the same constant arrays come back for every batch), then by the rest of its key. */
const sqlCache = new WeakMap<readonly string[], Map<string, string>>();

/** `insert into "t" ("a", "b") values (?, ?), (?, ?) [on conflict do nothing]`, with $n placeholders on PostgreSQL. */
function insertSql(table: string, columns: readonly string[], rows: number, postgres: boolean, ignore: boolean): string {
  let byKey = sqlCache.get(columns);
  if (!byKey) sqlCache.set(columns, byKey = new Map());
  const key = `${table}|${rows}|${postgres}|${ignore}`;
  let sql = byKey.get(key);
  if (sql === undefined) {
    let p = 0;
    const tuple = () => `(${columns.map(() => (postgres ? `$${++p}` : '?')).join(', ')})`;
    sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, tuple).join(', ')}`
      + (ignore ? ' on conflict do nothing' : '');
    byKey.set(key, sql);
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
