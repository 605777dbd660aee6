#!/usr/bin/env node
// Runs every scorer in ../shared/eval on its development data and prints one table.
//   npm run eval [-- --only timex,events] [-- --json]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, cli, extractExample, requireShared, score, scoreGold, tempDir } from './lib/shared.mjs';

requireShared('eval');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const asJson = args.includes('--json');
const tmp = tempDir('accords-eval-');
const E = (p) => join(SHARED, 'eval', p);
const rows = [];
const add = (suite, data, figures) => rows.push({ suite, data, ...figures });

const scored = async (name, gold, scorer) => (await scoreGold({ name, gold, scorer, tmp })).summary;

const suites = {
  async seed() {
    const s = score('score-seed.mjs', E('seed/expected.json'), extractExample(tmp));
    add('seed', 'example article', { score: s.score, passed: `${s.passed}/${s.total}` });
  },
  async timex() {
    for (const f of ['timebank', 'aquaint']) {
      const s = await scored(f, E(`timex/${f}.jsonl`), 'score-timex.mjs');
      add('timex', f, { strictF1: s.strictF1, relaxedF1: s.relaxedF1, valueF1: s.valueF1, typeF1: s.typeF1 });
    }
  },
  async events() {
    for (const f of ['plover-gsr.dev', 'petr2-gsr.dev']) {
      const s = await scored(f, E(`events/${f}.jsonl`), 'score-events.mjs');
      add('events', f, { kindF1: s.kindF1, sourceF1: s.sourceF1, dyadR: s.dyadR, dyadF1: s.dyadF1, onNoEvent: s.predictedOnNoEventSentences });
    }
  },
  async articles() {
    const s = await scored('articles', E('articles/dev.jsonl'), 'score-articles.mjs');
    add('articles', 'dev', { eventR: s.eventR, eventP: s.eventP, statusAcc: s.statusAcc, attributionAcc: s.attributionAcc, timeAcc: s.timeAcc, quoteR: s.quoteR, speakerAcc: s.speakerAcc });
  },
  async quotes() {
    const s = await scored('polnear', E('attribution/polnear.train-dev.jsonl'), 'score-quotes.mjs');
    add('quotes', 'polnear', { quoteF1: s.quoteF1, speakerF1: s.speakerF1 });
  },
  async kb() {
    for (const dir of readdirSync(E('scenarios'))) {
      for (const ref of [true, false]) {
        const db = join(tmp, `${dir}-${ref ? 'ref' : 'noref'}.db`);
        const r = cli(['ingest', E(`scenarios/${dir}/articles`), '--db', db, '--json', ...(ref ? [] : ['--no-reference'])]);
        if (r.code !== 0 && r.code !== 3) { add('kb', `${dir} (${ref ? 'reference' : 'no reference'})`, { error: r.stderr.trim().split('\n').pop() }); continue; }
        const s = score('score-kb.mjs', E(`scenarios/${dir}/expected.json`), db);
        add('kb', `${dir} (${ref ? 'reference' : 'no reference'})`, { score: s.score, passed: `${s.passed}/${s.total}` });
      }
    }
  },
};

for (const [name, run] of Object.entries(suites)) {
  if (only && !only.includes(name)) continue;
  try {
    await run();
  } catch (err) {
    add(name, '-', { error: String(err.message ?? err).split('\n')[0] });
  }
}
if (asJson) console.log(JSON.stringify(rows));
else {
  const lines = rows.map((r) => {
    const { suite, data, ...fig } = r;
    return `${suite.padEnd(9)} ${data.padEnd(30)} ${Object.entries(fig).map(([k, v]) => `${k}=${v}`).join('  ')}`;
  });
  console.log(['suite     data                           figures', ...lines].join('\n'));
}
