import { emptyAnalysis, type Analysis } from '../core/analysis.js';
import type { SourceDocument } from '../core/document.js';
import { makeContext, type ExtractOptions, type Stage } from '../core/stage.js';

/** Runs every stage over one document. */
export function runPipeline(stages: readonly Stage[], doc: SourceDocument, options: Partial<ExtractOptions> = {},
  debug?: (line: string) => void): Analysis {
  const ctx = makeContext(doc.text, doc.date, options, debug);
  let a = emptyAnalysis(doc);
  for (const stage of stages) a = stage.run(ctx, a);
  return a;
}
