import type { ExtractionPool, Work } from './extract-pool.js';
import type { WorkRequest, WorkResponse } from './protocol.js';

/** Where a request goes to be done: a worker thread or a child process. */
export interface Channel {
  send(req: WorkRequest): void;
  /** Stops the channel: after the work sent is done (`graceful`), or at once. */
  close(graceful: boolean): Promise<void>;
}

/** What a channel reports: an answer, or that it cannot answer any more (it died). */
export interface ChannelEvents {
  respond(res: WorkResponse): void;
  fail(err: Error): void;
}

/**
 * A pool over `n` channels: each request goes to the channel with the fewest requests under way.
 * When a channel fails, its requests under way and every later request are rejected with its
 * error (nothing waits forever); closing the pool then stops the other channels at once.
 */
export function dispatchPool(n: number, open: (index: number, events: ChannelEvents) => Channel): ExtractionPool {
  const load = new Array<number>(n).fill(0);
  const pending = new Map<number, { resolve: (r: WorkResponse) => void; reject: (e: Error) => void; channel: number }>();
  let nextBatch = 0;
  let failure: Error | null = null;
  const channels = Array.from({ length: n }, (_, i) => open(i, {
    respond(res) {
      const p = pending.get(res.batch);
      if (!p) return;
      pending.delete(res.batch);
      load[i]!--;
      p.resolve(res);
    },
    fail(err) {
      failure ??= err;
      for (const [id, p] of pending) if (p.channel === i) { pending.delete(id); p.reject(err); }
    },
  }));
  const run = (work: Work): Promise<WorkResponse> => {
    if (failure) return Promise.reject(failure);
    let best = 0;
    for (let i = 1; i < n; i++) if (load[i]! < load[best]!) best = i;
    const batch = nextBatch++;
    load[best]!++;
    return new Promise((resolve, reject) => {
      pending.set(batch, { resolve, reject, channel: best });
      channels[best]!.send({ ...work, batch } as WorkRequest);
    });
  };
  const results = async (work: Work) => {
    const res = await run(work);
    return 'results' in res ? res.results : [];
  };
  return {
    threads: n,
    run,
    extractBatch: (docs) => results({ task: 'extract', docs }),
    prepareBatch: (docs) => results({ task: 'prepare', docs }),
    async close() {
      await Promise.all(channels.map((c) => c.close(failure === null)));
    },
  };
}
