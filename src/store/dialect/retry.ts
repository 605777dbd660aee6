/** PostgreSQL's codes for a transaction it chose to abort so another could go on: deadlock, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * Runs a write transaction again when the database aborted it to resolve a conflict with a
 * concurrent writer. The writers order their locks so this should not happen; it is the safety
 * net that keeps a rare deadlock from failing a document. SQLite never raises these codes.
 *
 * @example await retryConflicts(() => db.transaction().execute(write));
 */
export async function retryConflicts<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
    }
  }
}
