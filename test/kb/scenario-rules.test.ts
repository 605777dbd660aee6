import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../src/readers/text.js';
import { ingest } from '../../src/services/ingest.js';
import { claims } from '../../src/services/queries/claims.js';
import { members } from '../../src/services/queries/members.js';
import { predictions } from '../../src/services/queries/predictions.js';
import { initializeKnowledgeBase } from '../../src/store/reference/initialize.js';
import { readReferenceData } from '../../src/store/reference/reference-data.js';
import { BACKENDS, freshKb } from './backends.js';
import { article, fixtureExtractor, type Fixture } from './fixtures/build.js';
import { SCENARIO_ENTITIES, SCENARIO_EVENTS } from './fixtures/scenario-2020-events.js';

const scenario = resolve(import.meta.dirname, '../../../shared/eval/scenarios/2020-accords');
const present = existsSync(scenario);
if (!present) console.warn(`skipping the scenario rules test: ${scenario} is absent`);

/** Runs expected.json's checks the way score-kb.mjs does, through the services instead of the CLI. */
async function failedChecks(kb: Awaited<ReturnType<typeof freshKb>>, exp: any): Promise<{ total: number; failed: string[] }> {
  const failed: string[] = [];
  let total = 0;
  for (const m of exp.members) {
    const list = await members(kb, m.agreement, m.asOf);
    const status = (s: string) => list.find((r) => r.state === s)?.status;
    total += m.mustInclude.length + m.mustNotHave.length;
    for (const x of m.mustInclude) if (!x.status.includes(status(x.state))) failed.push(`${m.asOf} ${x.state} is ${x.status} (got ${status(x.state)})`);
    for (const x of m.mustNotHave) if (x.status.includes(status(x.state))) failed.push(`${m.asOf} ${x.state} is not ${x.status}`);
  }
  total += exp.predictions.length + exp.claims.length;
  for (const p of exp.predictions) {
    const hit = (await predictions(kb, { asOf: p.asOf })).find((r) => r.predictor === p.predictor && r.deadline && Math.abs(Date.parse(r.deadline) - Date.parse(p.deadline)) <= 86400000);
    if (hit?.outcome !== p.outcome) failed.push(`prediction ${p.predictor} ${p.deadline} as of ${p.asOf}: ${p.outcome} (got ${hit?.outcome})`);
  }
  for (const c of exp.claims) {
    const list = (await claims(kb, { entity: c.entity, asOf: '9999-12-31' }))
      .filter((r) => c.summaryIncludes.every((w: string) => JSON.stringify([r.summary, r.subject, r.predicate, r.object]).toLowerCase().includes(w.toLowerCase())));
    const ok = list.some((r) => c.historyHas.every((x: any) => r.history.some((e) => e.status === x.status && (!x.date || e.date === x.date))));
    if (!ok) failed.push(`claim ${c.about}`);
  }
  return { total, failed };
}

describe.skipIf(!present)('the KB rules on the 2020 scenario, from a correct extraction', () => {
  const fixtures: Fixture[] = present ? readdirSync(join(scenario, 'articles')).sort().map((name) => {
    const path = join(scenario, 'articles', name);
    const doc = readTextDocument(readFileSync(path, 'utf8'), path, { id: name.replace(/\.txt$/, '') });
    const spec = SCENARIO_EVENTS[doc.date];
    return article(doc.id, doc.date, doc.text, SCENARIO_ENTITIES, spec.events, spec.predictions ?? []);
  }) : [];
  const expected = present ? JSON.parse(readFileSync(join(scenario, 'expected.json'), 'utf8')) : null;
  for (const backend of BACKENDS) {
    for (const withReference of [false, true]) {
      it(`passes every check ${withReference ? 'with' : 'without'} reference data, ingested newest first (${backend.name})`, async () => {
        const kb = await freshKb(backend);
        await initializeKnowledgeBase(kb.db, kb.catalog, withReference ? readReferenceData() : null);
        async function* items() { for (const f of [...fixtures].reverse()) yield { kind: 'document' as const, doc: f.doc }; }
        expect((await ingest(kb.db, items(), fixtureExtractor(fixtures))).stored).toBe(12);
        const { total, failed } = await failedChecks(kb, expected);
        expect(failed).toEqual([]);
        expect(total).toBeGreaterThan(100);
        await kb.close();
      });
    }
  }
});
