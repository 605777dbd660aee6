import type { Analysis } from '../../../core/analysis.js';
import { emptyAnalysis } from '../../../core/analysis.js';
import { makeDocument } from '../../../core/document.js';
import { makeContext } from '../../../core/stage.js';
import { loadEnglish } from '../../../lang/en/index.js';
import { TokenizeStage } from '../../../text/tokenize-stage.js';
import { EntityStage } from '../stage.js';

let stages: { tok: TokenizeStage; ent: EntityStage } | null = null;

/** Runs tokenization and the entity stage on one text. */
export function analyze(text: string, date = '2025-11-06'): Analysis {
  const pack = loadEnglish();
  stages ??= { tok: new TokenizeStage(pack.tokenizer), ent: new EntityStage(pack.entities) };
  const doc = makeDocument({ id: 't', date, text, origin: 'test', format: 'text' });
  const ctx = makeContext(text, date);
  return stages.ent.run(ctx, stages.tok.run(ctx, emptyAnalysis(doc)));
}

/** The mentions as [text, entity id] pairs, in text order. */
export function mentionPairs(a: Analysis): [string, string][] {
  return a.mentions.map((m) => [m.text, m.entityId]);
}

/**
 * Expected mentions [text, id] turned into exact spans: each text is searched after the previous
 * one, so a table names spans by their words and still checks offsets. "next |Council" searches
 * for the whole and expects only the part after the bar.
 */
export function expectedSpans(text: string, pairs: readonly (readonly [string, string])[]): { start: number; end: number; text: string; entityId: string }[] {
  let from = 0;
  return pairs.map(([written, id]) => {
    const bar = written.indexOf('|');
    const t = written.slice(bar + 1);
    const at = text.indexOf(written.replace('|', ''), from);
    if (at < 0) throw new Error(`fixture: "${written}" not found after ${from}`);
    const start = at + Math.max(bar, 0);
    from = start + t.length;
    return { start, end: start + t.length, text: t, entityId: id };
  });
}
