#!/usr/bin/env node
// Speed and memory on real text (CONTRACT.md §3), with the wink-nlp baseline measured in the same run.
//   npm run bench [-- --json] [-- --rounds N] [-- --limit N] [-- --corpus FILE.jsonl] [-- --api-requests N] [-- --pg-docs N] [-- --no-postgres]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, SHARED, readJsonl, tempDir } from './lib/shared.mjs';
import { measure } from './lib/measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const asJson = args.includes('--json');
const corpus = opt('--corpus', join(SHARED, 'data/bench/news-20k.jsonl'));
if (!existsSync(corpus)) {
  console.log(`bench: skipped, the corpus ${corpus} is absent`);
  process.exit(0);
}
const log = (...a) => { if (!asJson) console.log(...a); else console.error(...a); };
// The documents in a fixed pseudo-random order, so that every prefix (the 5,000 and 10,000 of the
// memory series, a --limit) holds the same mix of sizes: news-20k.jsonl ends with its longest
// articles (the last 1,800 average 1.5-3.9 KB, against 0.9 KB before), and in file order its
// peak memory would grow with where the prefix ends rather than with how much is read.
const all = shuffled(readJsonl(corpus).filter((d) => d.text && d.date), 1);
const docs = all.slice(0, Number(opt('--limit', all.length)));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
const tmp = tempDir('accords-bench-');
const inputOf = (n) => {
  const p = join(tmp, `in-${n}.jsonl`);
  writeFileSync(p, docs.slice(0, n).map((d) => JSON.stringify({ id: d.id, date: d.date, text: d.text, title: d.title })).join('\n') + '\n');
  return p;
};
log(`corpus ${corpus}: ${docs.length} docs, ${words} words, ${availableParallelism()} cores`);

// The machine is shared: every figure comes with the 1-minute load average when it was taken.
const load = () => +loadavg()[0].toFixed(2);
const loads = { start: load() };

// Full extraction on all cores, through the CLI's streaming mode; peak RSS at growing input sizes.
const sizes = [...new Set([5000, 10000, docs.length].filter((n) => n <= docs.length))];
const rss = {};
const extractRun = async (n) => {
  const r = await measure([CLI, 'extract', '--jsonl'], { stdinFile: inputOf(n) });
  if (r.code !== 0) throw new Error(`extract --jsonl failed: ${r.stderr}`);
  rss[n] = Math.max(rss[n] ?? 0, r.peakRssMB);
  log(`extract   ${n} docs: ${(n / r.seconds).toFixed(1)} docs/s, CPU ${r.cpuSeconds} s, peak RSS ${r.peakRssMB} MB (load ${load()})`);
  return r;
};
for (const n of sizes.slice(0, -1)) await extractRun(n);

// Paired rounds: wink-nlp's readDoc on one core (in a fresh process each round, like the
// extraction), then full extraction on all cores, on the same documents; each pair sees the same
// load. The round with the median ratio is the one reported; every round is listed in `rounds`.
const roundsWanted = Math.max(1, Number(opt('--rounds', 3)));
const fullInput = inputOf(docs.length);
const rounds = [];
for (let k = 0; k < roundsWanted; k++) {
  const loadBaseline = load();
  const b = await measure([join(ROOT, 'scripts/lib/wink-baseline.mjs'), fullInput, join(tmp, 'baseline.json')]);
  if (b.code !== 0) throw new Error(`wink-nlp baseline failed: ${b.stderr}`);
  const base = JSON.parse(readFileSync(join(tmp, 'baseline.json'), 'utf8'));
  const baseline = {
    name: 'wink-nlp readDoc (tokens, POS, entities)', docsPerSec: +(docs.length / base.seconds).toFixed(1),
    cpuSeconds: +base.cpuSeconds.toFixed(2),
  };
  log(`baseline  ${baseline.name}: ${baseline.docsPerSec} docs/s, CPU ${baseline.cpuSeconds} s (load ${loadBaseline})`);
  const loadExtract = load();
  const full = await extractRun(docs.length);
  const extract = { docsPerSec: +(docs.length / full.seconds).toFixed(1), wordsPerSec: +(words / full.seconds).toFixed(0), cpuSeconds: full.cpuSeconds };
  const ratio = +(extract.docsPerSec / baseline.docsPerSec).toFixed(3);
  log(`round     ${k + 1} of ${roundsWanted}: ratio ${ratio}`);
  rounds.push({ baseline, extract, ratio, load: { baseline: loadBaseline, extract: loadExtract } });
}
const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)];
const { baseline, extract } = median;
loads.baseline = median.load.baseline;
loads.extract = median.load.extract;

// Ingest: extraction and storage into a fresh SQLite database.
let ingest = null;
const benchDb = join(tmp, 'bench.db');
{
  const db = benchDb;
  loads.ingest = load();
  const r = await measure([CLI, 'ingest', inputOf(docs.length), '--db', db, '--json']);
  if (r.code === 0 || r.code === 3) {
    ingest = { docsPerSec: +(docs.length / r.seconds).toFixed(1), cpuSeconds: r.cpuSeconds, peakRssMB: r.peakRssMB };
    log(`ingest    ${docs.length} docs: ${ingest.docsPerSec} docs/s, CPU ${r.cpuSeconds} s, peak RSS ${r.peakRssMB} MB (load ${loads.ingest})`);
  } else log(`ingest    unavailable: ${r.stderr.trim().split('\n').pop()}`);
}

// PostgreSQL: the same ingestion on a few thousand documents, in one process and through the queue.
let ingestPostgres = null;
if (!args.includes('--no-postgres')) {
  const { benchPostgres } = await import('./lib/bench-postgres.mjs');
  const n = Math.min(docs.length, Number(opt('--pg-docs', 3000)));
  ingestPostgres = await benchPostgres(inputOf(n), n, log);
}

// API latency over the ingested database: members (as-of slider), timelines, search; p50/p99 in ms.
let api = null;
if (ingest && existsSync(join(ROOT, 'dist/api/start-server.js'))) {
  const { apiLatency } = await import('./lib/api-latency.mjs');
  const { entities, ...figures } = await apiLatency(ROOT, benchDb, { requests: Number(opt('--api-requests', 300)) });
  api = figures;
  for (const [name, f] of Object.entries(api)) log(`api       ${name}: p50 ${f.p50} ms, p99 ${f.p99} ms (${f.requests} requests; the first, cold: ${f.firstMs} ms)`);
  log(`api       timelines of: ${entities.join(', ')}`);
}

// The time stage alone, beside chrono-node on the same text.
let times = null;
const timesBench = join(ROOT, 'dist/bench/times.js');
if (existsSync(timesBench)) {
  const { benchTimes } = await import(timesBench);
  times = await benchTimes(docs.slice(0, Math.min(docs.length, 3000)).map((d) => ({ text: d.text, date: d.date })));
  log(`times     ${JSON.stringify(times)}`);
}

const summary = {
  corpus: corpus.replace(ROOT + '/', ''), docs: docs.length, words,
  extract, ingest, ingestPostgres, baseline,
  ratio: extract ? +(extract.docsPerSec / baseline.docsPerSec).toFixed(3) : null,
  // The baseline's CPU time over the extraction's (all its threads, startup included), for the same
  // documents: a comparison the machine's load hardly moves. On idle cores, ratio ≈ cores × cpuRatio.
  cpuRatio: extract?.cpuSeconds ? +(baseline.cpuSeconds / extract.cpuSeconds).toFixed(3) : null,
  rounds,
  peakRssMB: Math.max(...Object.values(rss)),
  peakRssMBBySize: rss, times, api, cores: availableParallelism(), load: loads,
};
console.log(JSON.stringify(summary));

/** A copy of `items` in a pseudo-random order fixed by `seed` (Fisher-Yates over mulberry32). */
function shuffled(items, seed) {
  const out = [...items];
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
