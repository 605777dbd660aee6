#!/usr/bin/env node
// Time spent in each extraction stage, one core, over the first N documents of the bench corpus.
//   node scripts/stage-times.mjs [N]        (run `npm run build` first)
import { join } from 'node:path';
import { ROOT, SHARED, readJsonl } from './lib/shared.mjs';

const n = Number(process.argv[2] ?? 2000);
const { createPipeline } = await import(join(ROOT, 'dist/extract/pipeline.js'));
const { loadEnglish } = await import(join(ROOT, 'dist/lang/en/index.js'));
const { makeContext } = await import(join(ROOT, 'dist/core/stage.js'));
const { emptyAnalysis } = await import(join(ROOT, 'dist/core/analysis.js'));
const { makeDocument } = await import(join(ROOT, 'dist/core/document.js'));
const docs = readJsonl(join(SHARED, 'data/bench/news-20k.jsonl')).slice(0, n)
  .map((d) => makeDocument({ id: d.id, date: d.date, text: d.text, origin: d.id, format: 'jsonl' }));
const stages = createPipeline(loadEnglish());
const run = () => {
  const ms = new Map(stages.map((s) => [s.name, 0]));
  for (const doc of docs) {
    const ctx = makeContext(doc.text, doc.date);
    let a = emptyAnalysis(doc);
    for (const s of stages) {
      const t = performance.now();
      a = s.run(ctx, a);
      ms.set(s.name, ms.get(s.name) + performance.now() - t);
    }
  }
  return ms;
};
run(); // warm up
const ms = run();
const chars = docs.reduce((k, d) => k + d.text.length, 0);
let total = 0;
for (const [name, t] of ms) {
  total += t;
  console.log(`${name.padEnd(12)} ${(t / docs.length * 1000).toFixed(0).padStart(6)} µs/doc  ${(t / chars * 1e6).toFixed(1).padStart(6)} µs/1000 chars`);
}
console.log(`${'total'.padEnd(12)} ${(total / docs.length * 1000).toFixed(0).padStart(6)} µs/doc  ${(docs.length / total * 1000).toFixed(0)} docs/s on one core`);
