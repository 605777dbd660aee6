#!/usr/bin/env node
// Scores the times stage on the TimeBank and AQUAINT TIMEX3 development data.
//   node scripts/eval-timex.mjs [--errors]   (build first: npx tsc -p tsconfig.build.json)
// Each gold file becomes `extract --jsonl` input {id: doc_id, date: dct, text}; the predictions go
// to a temporary file that ../shared/eval/score-timex.mjs scores. --errors prints the scorer's
// misses and wrong values (SHOW_ERRORS=1).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SHARED, extractJsonl, readJsonl, sharedAvailable, tempDir } from './lib/shared.mjs';

if (!sharedAvailable()) {
  console.log(`eval-timex: skipped, ${SHARED} is absent (the development data lives there)`);
  process.exit(0);
}
const showErrors = process.argv.includes('--errors');
const tmp = tempDir('accords-timex-');
for (const name of ['timebank', 'aquaint']) {
  const gold = join(SHARED, 'eval', 'timex', `${name}.jsonl`);
  const input = readJsonl(gold).map((r) => ({ id: String(r.doc_id ?? r.id), date: r.dct ?? r.date, text: r.text }));
  const pred = await extractJsonl(input, join(tmp, `${name}.pred.jsonl`));
  const r = spawnSync(process.execPath, [join(SHARED, 'eval', 'score-timex.mjs'), gold, pred], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, SHOW_ERRORS: showErrors ? '1' : '' },
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const lines = r.stdout.trim().split('\n');
  if (showErrors) for (const l of lines.slice(0, -1)) console.log(`${name} ${l}`);
  console.log(`${name.padEnd(9)} ${lines.at(-1)}`);
}
