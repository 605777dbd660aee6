import type { Analysis, Entity, Mention } from '../../core/analysis.js';
import type { EntityKind } from '../../core/contract.js';
import { emptyAnalysis } from '../../core/analysis.js';
import { makeContext } from '../../core/stage.js';
import { loadEnglish } from '../../lang/en/index.js';
import { TokenizeStage } from '../../text/tokenize-stage.js';
import { QuoteStage } from '../quotes/stage.js';
import { ReportStage } from './stage.js';

/** An entity a test plants in the text: every occurrence of `text` becomes a mention. */
export interface PlantedEntity {
  readonly text: string;
  readonly id: string;
  readonly kind: EntityKind;
  readonly state: string | null;
  readonly via?: Mention['via'];
}

/**
 * Test fixture: tokenizes `text`, plants the given mentions (standing in for the entity stage),
 * then runs the reports and quotes stages.
 *
 * @example const a = analyzeForTest('“No,” he said.', '2025-11-06', []);
 */
export function analyzeForTest(text: string, date: string, planted: readonly PlantedEntity[]): Analysis {
  const pack = loadEnglish();
  const ctx = makeContext(text, date);
  let a = new TokenizeStage(pack.tokenizer).run(ctx, emptyAnalysis({ id: 't', date, title: null, text } as Analysis['doc']));
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const p of planted) {
    entities.set(p.id, { id: p.id, kind: p.kind, name: p.text, state: p.state, role: null });
    for (let at = text.indexOf(p.text); at >= 0; at = text.indexOf(p.text, at + 1)) {
      const first = a.tokens.findIndex((t) => t.start === at);
      const last = a.tokens.findIndex((t) => t.end === at + p.text.length);
      if (first < 0 || last < first) continue;
      mentions.push({
        start: at, end: at + p.text.length, text: p.text, entityId: p.id, sentence: a.tokens[first]!.sentence,
        via: p.via ?? 'name', tokenStart: first, tokenEnd: last + 1,
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  a = { ...a, entities, mentions };
  a = new ReportStage(pack.reports, pack.verbs).run(ctx, a);
  return new QuoteStage(pack.reports, pack.verbs).run(ctx, a);
}
