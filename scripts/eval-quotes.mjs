#!/usr/bin/env node
// Scores the quote stage on ../shared/eval: PolNeAR (score-quotes.mjs), the quotes of the annotated
// articles (score-articles.mjs) and the example article's quote checks (score-seed.mjs). The quote
// stage emits only “ ” / " quotations (and ‘ ’ where a document has no double marks), the marks the
// PolNeAR gold counts as direct, so no second, filtered scoring is needed.
//   node scripts/eval-quotes.mjs [--errors DIR]    (build first: npx tsc -p tsconfig.build.json)
// With --errors, each scorer's error list is written to DIR/<suite>.errors.txt.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SHARED, argValue, extractExample, requireShared, scoreGold, tempDir } from './lib/shared.mjs';

requireShared('eval-quotes');
const errorsDir = argValue(process.argv.slice(2), '--errors');
const tmp = tempDir('accords-quotes-');
const E = (p) => join(SHARED, 'eval', p);

async function run(name, gold, scorer, pick) {
  const { summary, seconds } = await scoreGold({ name, gold, scorer, tmp, errorsDir });
  console.log(`${name.padEnd(9)} ${Object.entries(pick(summary)).map(([k, v]) => `${k}=${v}`).join('  ')}  (extract ${seconds.toFixed(1)} s)`);
  return summary;
}

await run('polnear', E('attribution/polnear.train-dev.jsonl'), 'score-quotes.mjs',
  (s) => ({ gold: s.gold, quoteP: s.quoteP, quoteR: s.quoteR, quoteF1: s.quoteF1, speakerP: s.speakerP, speakerR: s.speakerR, speakerF1: s.speakerF1 }));
await run('articles', E('articles/dev.jsonl'), 'score-articles.mjs',
  (s) => ({ quotes: s.quotes, quoteR: s.quoteR, speakerAcc: s.speakerAcc }));

const seedPath = extractExample(tmp);
const seed = spawnSync(process.execPath, [E('score-seed.mjs'), E('seed/expected.json'), seedPath], { encoding: 'utf8' });
const checks = seed.stdout.split('\n').filter((l) => /quote "/.test(l));
console.log(`seed      quote checks ${checks.filter((l) => /^\s*ok/i.test(l)).length}/${checks.length}`);
for (const l of checks) console.log(`  ${l.trim()}`);
