#!/usr/bin/env node
// Scores the events and predictions stages on ../shared/eval: the annotated articles
// (score-articles.mjs: event recall, status and attribution accuracy), the PLOVER and PETRARCH-2
// gold sentences (score-events.mjs: kind and dyad), the example article (score-seed.mjs), and the
// status cues on MEANTIME (scripts/meantime-status.mjs).
//   node scripts/eval-events.mjs [--errors DIR]    (build first: npx tsc -p tsconfig.build.json)
// With --errors, each scorer's error list is written to DIR/<suite>.errors.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, cli, extractJsonl, readJsonl, score, sharedAvailable, tempDir } from './lib/shared.mjs';

if (!sharedAvailable()) {
  console.log(`eval-events: skipped, ${SHARED} is absent (the development data lives there)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const errorsDir = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
if (errorsDir) mkdirSync(errorsDir, { recursive: true });
const tmp = tempDir('accords-events-');
const E = (p) => join(SHARED, 'eval', p);
const toInput = (r) => ({ id: String(r.doc_id ?? r.id), date: r.dct ?? r.date ?? '2000-01-01', text: r.text });

function errorsOf(scorer, gold, pred, name) {
  if (!errorsDir) return;
  const r = spawnSync(process.execPath, [join(SHARED, 'eval', scorer), gold, pred], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, SHOW_ERRORS: '1' },
  });
  writeFileSync(join(errorsDir, `${name}.errors.txt`), r.stdout);
}

async function run(name, gold, scorer, pick) {
  const pred = await extractJsonl(readJsonl(gold).map(toInput), join(tmp, `${name}.pred.jsonl`));
  const s = score(scorer, gold, pred);
  errorsOf(scorer, gold, pred, name);
  console.log(`${name.padEnd(10)} ${JSON.stringify(pick(s))}`);
  return s;
}

const summary = {};
summary.articles = await run('articles', E('articles/dev.jsonl'), 'score-articles.mjs', (s) => ({
  gold: s.gold, predicted: s.predicted, eventR: s.eventR, eventP: s.eventP, statusAcc: s.statusAcc,
  attributionAcc: s.attributionAcc, timeAcc: s.timeAcc,
}));
summary.plover = await run('plover', E('events/plover-gsr.dev.jsonl'), 'score-events.mjs', (s) => ({
  gold: s.gold, predicted: s.predicted, kindF1: s.kindF1, dyadR: s.dyadR, dyadF1: s.dyadF1,
}));
summary.petr2 = await run('petr2', E('events/petr2-gsr.dev.jsonl'), 'score-events.mjs', (s) => ({
  gold: s.gold, predicted: s.predicted, dyadF1: s.dyadF1, predictedOnNoEventSentences: s.predictedOnNoEventSentences,
}));
const example = readdirSync(join(SHARED, 'examples')).find((f) => f.endsWith('.txt'));
const out = cli(['extract', join(SHARED, 'examples', example), '--json']);
const seedPath = join(tmp, 'seed.json');
writeFileSync(seedPath, out.stdout);
const seed = score('score-seed.mjs', E('seed/expected.json'), seedPath);
if (errorsDir) errorsOf('score-seed.mjs', E('seed/expected.json'), seedPath, 'seed');
console.log(`${'seed'.padEnd(10)} ${JSON.stringify(seed)}`);
summary.seed = seed;
const mt = spawnSync(process.execPath, [join(ROOT, 'scripts/meantime-status.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
const mtLast = JSON.parse(mt.stdout.trim().split('\n').pop());
console.log(`${'meantime'.padEnd(10)} ${JSON.stringify(mtLast)}`);
summary.meantime = mtLast;
console.log(JSON.stringify(summary));
