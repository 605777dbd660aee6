import type { Insertable, Kysely, Transaction } from 'kysely';
import { isPostgres } from './dialect/backend.js';
import type { DB } from './schema.js';

/** Rows per INSERT: well under SQLite's bound-parameter limit for our widest table. */
const CHUNK = 100;

/**
 * Inserts rows in chunks; rows already present (same key) are left as they are, so a replayed
 * write is harmless. With `strict`, a row whose key is taken is an error instead.
 *
 * @example await insertMany(trx, 'mentions', rows);
 */
export async function insertMany<T extends keyof DB & string>(db: Kysely<DB> | Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[],
  opts: { strict?: boolean } = {}): Promise<void> {
  for (const [from, to] of chunks(rows.length, !isPostgres(db))) {
    const insert = (db as Kysely<any>).insertInto(table).values(rows.slice(from, to) as any[]);
    await (opts.strict ? insert : insert.onConflict((oc: any) => oc.doNothing())).execute();
  }
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
