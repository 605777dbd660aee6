// API latency on a real knowledge base: the server started in-process on a free loopback port,
// a few hundred sequential requests per endpoint, p50/p99 in milliseconds.
import Database from 'better-sqlite3';
import { join } from 'node:path';

/** News-search queries of the kinds analysts type: single words, pairs, a phrase, a prefix. */
const QUERIES = ['oil', 'israel', 'trade talks', 'central bank', '"interest rates"', 'ceasefire', 'agreement', 'peace', 'sanctions',
  'opec', 'election', 'nuclear', 'treaty', 'tariff*', 'dollar', 'minister said', 'prime minister', '"united nations"', 'gulf', 'iran'];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const round = (x) => +x.toFixed(1);

/** The entities with the most events: the heaviest timelines this knowledge base can be asked for. */
function busiestEntities(dbPath, n) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`select coalesce(state, entity) as id, count(*) as n from event_participants
      group by id order by n desc limit ?`).all(n).map((r) => r.id);
  } finally {
    db.close();
  }
}

async function measure(base, paths, warmup = 20) {
  const hit = async (p) => {
    const res = await fetch(base + p);
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  // The very first request pays for cold caches (SQLite pages, JIT, a membership load): reported apart.
  const t0 = performance.now();
  await hit(paths[0]);
  const firstMs = round(performance.now() - t0);
  for (let i = 1; i < warmup; i++) await hit(paths[i % paths.length]);
  const ms = [];
  for (const p of paths) {
    const t0 = performance.now();
    await hit(p);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(quantile(ms, 0.5)), p99: round(quantile(ms, 0.99)), requests: ms.length, firstMs };
}

/**
 * Members of the Abraham Accords at dates spread over five years (the as-of slider), the
 * timelines of the 20 busiest entities (first page, as the explorer asks), and 20 searches.
 * The 20 warm-up requests visit every timeline entity once, so p50/p99 are a warm server's
 * (membership contexts and timeline orders cached until the database changes); `firstMs` is the
 * cold cost of the first request (the busiest entity, the first membership load).
 */
export async function apiLatency(root, dbPath, { requests = 300 } = {}) {
  const { startServer } = await import(join(root, 'dist/api/start-server.js'));
  const server = await startServer({ db: dbPath, port: 0, host: '127.0.0.1', log: () => {} });
  try {
    const day0 = Date.parse('2020-06-01T00:00:00Z');
    const span = Date.parse('2026-06-01T00:00:00Z') - day0;
    const dates = Array.from({ length: requests }, (_, i) => new Date(day0 + Math.floor((span * i) / requests)).toISOString().slice(0, 10));
    const entities = busiestEntities(dbPath, 20);
    const pick = (list, i) => list[(i * 7) % list.length];
    return {
      members: await measure(server.url, dates.map((d) => `/api/v1/agreements/Abraham%20Accords/members?asOf=${d}`)),
      timeline: await measure(server.url, Array.from({ length: requests }, (_, i) => `/api/v1/entities/${encodeURIComponent(pick(entities, i))}/timeline?limit=50`)),
      search: await measure(server.url, Array.from({ length: requests }, (_, i) => `/api/v1/search?q=${encodeURIComponent(pick(QUERIES, i))}&limit=20`)),
      entities,
    };
  } finally {
    await server.close();
  }
}
