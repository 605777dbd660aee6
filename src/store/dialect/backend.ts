import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';

/**
 * Whether a Kysely instance (or a transaction of one) runs on PostgreSQL. The dialect modules ask
 * this; nothing outside src/store/dialect/ needs to.
 *
 * @example if (isPostgres(db)) await sql`select pg_advisory_xact_lock(1)`.execute(db);
 */
export function isPostgres(db: Kysely<any> | Transaction<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** A `--db` value that names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The target with any password replaced, for error messages and logs. */
export function redactTarget(target: string): string {
  return target.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
