#!/usr/bin/env node
// Scores the events and predictions stages on ../shared/eval: the annotated articles
// (score-articles.mjs: event recall, status and attribution accuracy), the PLOVER and PETRARCH-2
// gold sentences (score-events.mjs: kind and dyad), the example article (score-seed.mjs), and the
// status cues on MEANTIME (scripts/meantime-status.mjs).
//   node scripts/eval-events.mjs [--errors DIR]    (build first: npx tsc -p tsconfig.build.json)
// With --errors, each scorer's error list is written to DIR/<suite>.errors.txt.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SHARED, argValue, extractExample, requireShared, score, scoreGold, tempDir, writeScorerErrors } from './lib/shared.mjs';

requireShared('eval-events');
const errorsDir = argValue(process.argv.slice(2), '--errors');
const tmp = tempDir('accords-events-');
const E = (p) => join(SHARED, 'eval', p);

async function run(name, gold, scorer, pick) {
  const { summary } = await scoreGold({ name, gold, scorer, tmp, errorsDir });
  console.log(`${name.padEnd(10)} ${JSON.stringify(pick(summary))}`);
  return summary;
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
const seedPath = extractExample(tmp);
const seed = score('score-seed.mjs', E('seed/expected.json'), seedPath);
if (errorsDir) writeScorerErrors('score-seed.mjs', [E('seed/expected.json'), seedPath], join(errorsDir, 'seed.errors.txt'));
console.log(`${'seed'.padEnd(10)} ${JSON.stringify(seed)}`);
summary.seed = seed;
const mt = spawnSync(process.execPath, [join(ROOT, 'scripts/meantime-status.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
const mtLast = JSON.parse(mt.stdout.trim().split('\n').pop());
console.log(`${'meantime'.padEnd(10)} ${JSON.stringify(mtLast)}`);
summary.meantime = mtLast;
console.log(JSON.stringify(summary));
