import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/** Rows per INSERT: well under SQLite's bound-parameter limit for our widest table. */
const CHUNK = 100;

/**
 * Inserts rows in chunks; rows already present (same key) are left as they are, so a replayed
 * write is harmless.
 *
 * @example await insertMany(trx, 'mentions', rows);
 */
export async function insertMany<T extends keyof DB & string>(db: Kysely<DB> | Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await (db as Kysely<any>).insertInto(table).values(chunk as any[]).onConflict((oc: any) => oc.doNothing()).execute();
  }
}
