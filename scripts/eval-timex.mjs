#!/usr/bin/env node
// Scores the times stage on the TimeBank and AQUAINT TIMEX3 development data.
//   node scripts/eval-timex.mjs [--errors]   (build first: npx tsc -p tsconfig.build.json)
// Each gold file becomes `extract --jsonl` input {id: doc_id, date: dct, text}; the predictions go
// to a temporary file that ../shared/eval/score-timex.mjs scores. --errors prints the scorer's
// misses and wrong values (SHOW_ERRORS=1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, requireShared, scoreGold, tempDir, writeScorerErrors } from './lib/shared.mjs';

requireShared('eval-timex');
const showErrors = process.argv.includes('--errors');
const tmp = tempDir('accords-timex-');
for (const name of ['timebank', 'aquaint']) {
  const gold = join(SHARED, 'eval', 'timex', `${name}.jsonl`);
  const { summary, pred } = await scoreGold({ name, gold, scorer: 'score-timex.mjs', tmp });
  if (showErrors) {
    const file = join(tmp, `${name}.errors.txt`);
    writeScorerErrors('score-timex.mjs', [gold, pred], file);
    for (const l of readFileSync(file, 'utf8').trim().split('\n').slice(0, -1)) console.log(`${name} ${l}`);
  }
  console.log(`${name.padEnd(9)} ${JSON.stringify(summary)}`);
}
