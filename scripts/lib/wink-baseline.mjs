#!/usr/bin/env node
// The bench's baseline, in a process of its own so that every round starts alike: wink-nlp's
// `readDoc` (tokens, POS, entities) over the texts of a JSONL file, on one core. The model loads
// before the clock starts; the JIT's warm-up is inside the timed loop, as it is for extraction.
//   node scripts/lib/wink-baseline.mjs IN.jsonl OUT.json   → writes {"docs":n,"seconds":s,"cpuSeconds":c} to OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const texts = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const nlp = winkNLP(model);
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const t of texts) nlp.readDoc(t).tokens().length();
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
writeFileSync(process.argv[3], JSON.stringify({ docs: texts.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
