#!/usr/bin/env node
// Runs every scorer in ../shared/eval on its development data and prints one table.
//   npm run eval [-- --only timex,events] [-- --json]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, cli, extractJsonl, readJsonl, score, sharedAvailable, tempDir } from './lib/shared.mjs';

if (!sharedAvailable()) {
  console.log(`eval: skipped, ${SHARED} is absent (the development data lives there)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const asJson = args.includes('--json');
const tmp = tempDir('accords-eval-');
const E = (p) => join(SHARED, 'eval', p);
const rows = [];
const add = (suite, data, figures) => rows.push({ suite, data, ...figures });

const toInput = (r) => ({ id: String(r.doc_id ?? r.id), date: r.dct ?? r.date ?? '2000-01-01', text: r.text });
async function extractGold(name, goldPath) {
  return extractJsonl(readJsonl(goldPath).map(toInput), join(tmp, `${name}.pred.jsonl`));
}

const suites = {
  async seed() {
    const out = cli(['extract', join(SHARED, 'examples', readdirSync(join(SHARED, 'examples')).find((f) => f.endsWith('.txt'))), '--json']);
    const p = join(tmp, 'seed.json');
    (await import('node:fs')).writeFileSync(p, out.stdout);
    const s = score('score-seed.mjs', E('seed/expected.json'), p);
    add('seed', 'example article', { score: s.score, passed: `${s.passed}/${s.total}` });
  },
  async timex() {
    for (const f of ['timebank', 'aquaint']) {
      const pred = await extractGold(f, E(`timex/${f}.jsonl`));
      const s = score('score-timex.mjs', E(`timex/${f}.jsonl`), pred);
      add('timex', f, { strictF1: s.strictF1, relaxedF1: s.relaxedF1, valueF1: s.valueF1, typeF1: s.typeF1 });
    }
  },
  async events() {
    for (const f of ['plover-gsr.dev', 'petr2-gsr.dev']) {
      const pred = await extractGold(f, E(`events/${f}.jsonl`));
      const s = score('score-events.mjs', E(`events/${f}.jsonl`), pred);
      add('events', f, { kindF1: s.kindF1, sourceF1: s.sourceF1, dyadR: s.dyadR, dyadF1: s.dyadF1, onNoEvent: s.predictedOnNoEventSentences });
    }
  },
  async articles() {
    const pred = await extractGold('articles', E('articles/dev.jsonl'));
    const s = score('score-articles.mjs', E('articles/dev.jsonl'), pred);
    add('articles', 'dev', { eventR: s.eventR, eventP: s.eventP, statusAcc: s.statusAcc, attributionAcc: s.attributionAcc, timeAcc: s.timeAcc, quoteR: s.quoteR, speakerAcc: s.speakerAcc });
  },
  async quotes() {
    const pred = await extractGold('polnear', E('attribution/polnear.train-dev.jsonl'));
    const s = score('score-quotes.mjs', E('attribution/polnear.train-dev.jsonl'), pred);
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
