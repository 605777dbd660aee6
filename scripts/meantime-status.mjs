#!/usr/bin/env node
// Measures the event status cues on MEANTIME (../shared/eval/factuality/meantime.jsonl): each
// hand-labelled event mention's certainty / polarity / time is mapped to our statuses and compared
// with statusAt() on the same word. Prints the confusion and, last, a JSON summary.
//   node scripts/meantime-status.mjs [--errors]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(root, '../shared/eval/factuality/meantime.jsonl');
if (!existsSync(file)) { console.log('meantime-status: ../shared is absent, skipped'); process.exit(0); }
const { loadEnglish } = await import(path.join(root, 'dist/lang/en/index.js'));
const { tokenize } = await import(path.join(root, 'dist/text/tokenize.js'));
const { statusAt } = await import(path.join(root, 'dist/extract/events/status-at.js'));

/** MEANTIME attributes → our statuses (see the report in scripts/eval-events.mjs). */
export function goldStatus(r) {
  if (r.polarity === 'NEG') return 'denied';
  if (r.certainty === 'POSSIBLE' || r.certainty === 'UNDERSPECIFIED') return 'possible';
  if (r.certainty === 'PROBABLE') return r.time === 'FUTURE' ? 'expected' : 'possible';
  if (r.time === 'FUTURE') return 'expected';
  return 'occurred';
}

const pack = loadEnglish();
const lex = { cues: pack.events.status, words: pack.events.clause, verbs: pack.verbs };
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const confusion = {};
let ok = 0, n = 0;
const errors = [];
for (const r of rows) {
  const raw = tokenize(r.sentence, pack.tokenizer);
  const tokens = raw.map((t, index) => ({ ...t, index, sentence: 0 }));
  const head = tokens.findIndex((t) => t.start <= r.event_start && r.event_start < t.end);
  if (head < 0) continue;
  const s = { index: 0, start: 0, end: r.sentence.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 };
  const reported = /\b(said|says|told|announced|reported|according)\b/.test(r.sentence);
  const got = statusAt(tokens, s, head, lex, reported);
  const want = goldStatus(r);
  n++;
  if (got === want || (want === "occurred" && got === "ongoing")) ok++;
  else if (process.argv.includes('--errors')) errors.push(`${want}->${got} [${r.event_text}] ${r.sentence.slice(0, 160)}`);
  confusion[`${want}->${got}`] = (confusion[`${want}->${got}`] ?? 0) + 1;
}
for (const e of errors) console.log(e);
console.log(JSON.stringify(confusion));
console.log(JSON.stringify({ mentions: n, statusAcc: +(ok / n).toFixed(4) }));
