import { CompiledQuery, type Transaction } from 'kysely';
import type PgBoss from 'pg-boss';

/**
 * Lets pg-boss run its statements on a Kysely transaction, so that marking a job done commits
 * with the document it stored, or not at all.
 *
 * @example await boss.complete(QUEUE_NAME, job.id, output, { db: jobConnection(trx) });
 */
export function jobConnection(trx: Transaction<any>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const r = await trx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: r.rows as any[] };
    },
  };
}
