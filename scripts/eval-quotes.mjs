#!/usr/bin/env node
// Scores the quote stage on ../shared/eval: PolNeAR (score-quotes.mjs), the quotes of the annotated
// articles (score-articles.mjs) and the example article's quote checks (score-seed.mjs). The quote
// stage emits only “ ” / " quotations (and ‘ ’ where a document has no double marks), the marks the
// PolNeAR gold counts as direct, so no second, filtered scoring is needed.
//   node scripts/eval-quotes.mjs [--errors DIR]    (build first: npx tsc -p tsconfig.build.json)
// With --errors, each scorer's error list is written to DIR/<suite>.errors.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, cli, extractJsonl, readJsonl, score, sharedAvailable, tempDir } from './lib/shared.mjs';

if (!sharedAvailable()) {
  console.log(`eval-quotes: skipped, ${SHARED} is absent (the development data lives there)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const errorsDir = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
if (errorsDir) mkdirSync(errorsDir, { recursive: true });
const tmp = tempDir('accords-quotes-');
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
  const t0 = performance.now();
  const pred = await extractJsonl(readJsonl(gold).map(toInput), join(tmp, `${name}.pred.jsonl`));
  const ms = performance.now() - t0;
  const s = score(scorer, gold, pred);
  errorsOf(scorer, gold, pred, name);
  console.log(`${name.padEnd(9)} ${Object.entries(pick(s)).map(([k, v]) => `${k}=${v}`).join('  ')}  (extract ${(ms / 1000).toFixed(1)} s)`);
  return s;
}

const polnearGold = E('attribution/polnear.train-dev.jsonl');
const pickQuotes = (s) => ({ gold: s.gold, quoteP: s.quoteP, quoteR: s.quoteR, quoteF1: s.quoteF1, speakerP: s.speakerP, speakerR: s.speakerR, speakerF1: s.speakerF1 });
await run('polnear', polnearGold, 'score-quotes.mjs', pickQuotes);

await run('articles', E('articles/dev.jsonl'), 'score-articles.mjs',
  (s) => ({ quotes: s.quotes, quoteR: s.quoteR, speakerAcc: s.speakerAcc }));

const example = readdirSync(join(SHARED, 'examples')).find((f) => f.endsWith('.txt'));
const out = cli(['extract', join(SHARED, 'examples', example), '--json']);
const res = join(tmp, 'seed.json');
writeFileSync(res, out.stdout);
const seed = spawnSync(process.execPath, [E('score-seed.mjs'), E('seed/expected.json'), res], { encoding: 'utf8' });
const checks = seed.stdout.split('\n').filter((l) => /quote "/.test(l));
console.log(`seed      quote checks ${checks.filter((l) => /^\s*ok/i.test(l)).length}/${checks.length}`);
for (const l of checks) console.log(`  ${l.trim()}`);
