import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { SourceDocument } from '../core/document.js';
import type { InputItem } from '../readers/input-item.js';
import { contentHash } from '../store/document-writer.js';
import type { DB } from '../store/schema.js';
import { toJob } from './document-job.js';
import { QUEUE_NAME, type QueueSettings } from './settings.js';

/** Jobs per insert, and their text at most: pg-boss sends a batch as one JSON parameter. */
const BATCH_DOCS = 200;
const BATCH_CHARS = 8_000_000;

/**
 * What `accords ingest --queue` did: documents queued for the workers, texts already stored (or
 * twice in the input), inputs that could not be read.
 *
 * @example { queued: 12, duplicates: 0, rejected: [] }
 */
export interface QueueSummary {
  queued: number;
  duplicates: number;
  rejected: { input: string; error: string }[];
}

/**
 * Queues documents for the workers instead of extracting them here. Reading errors are reported as
 * by `ingest`; a text already stored is not queued again (and if it is queued twice anyway, the
 * worker that comes second finds it stored).
 *
 * @example await enqueueDocuments(kb.db, boss, readInputs(['news/']), queueSettings())
 */
export async function enqueueDocuments(db: Kysely<DB>, boss: PgBoss, inputs: AsyncIterable<InputItem>, settings: QueueSettings): Promise<QueueSummary> {
  const summary: QueueSummary = { queued: 0, duplicates: 0, rejected: [] };
  const seen = new Set<string>();
  let batch: { doc: SourceDocument; hash: string }[] = [];
  let chars = 0;
  const flush = async () => {
    const fresh = await notStored(db, batch);
    summary.duplicates += batch.length - fresh.length;
    if (fresh.length) {
      await boss.insert(fresh.map(({ doc }) => ({
        name: QUEUE_NAME, data: toJob(doc), expireInSeconds: settings.jobTimeoutSeconds,
        retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds, retryBackoff: true,
      })));
      summary.queued += fresh.length;
    }
    batch = [];
    chars = 0;
  };
  for await (const item of inputs) {
    if (item.kind === 'rejected') {
      summary.rejected.push({ input: item.input, error: item.error });
      continue;
    }
    const hash = contentHash(item.doc.text);
    if (seen.has(hash)) {
      summary.duplicates++;
      continue;
    }
    seen.add(hash);
    batch.push({ doc: item.doc, hash });
    chars += item.doc.text.length;
    if (batch.length >= BATCH_DOCS || chars >= BATCH_CHARS) await flush();
  }
  if (batch.length) await flush();
  return summary;
}

async function notStored<T extends { hash: string }>(db: Kysely<DB>, items: readonly T[]): Promise<T[]> {
  if (!items.length) return [];
  const rows = await db.selectFrom('documents').select('content_hash').where('content_hash', 'in', items.map((i) => i.hash)).execute();
  const stored = new Set(rows.map((r) => r.content_hash));
  return items.filter((i) => !stored.has(i.hash));
}
