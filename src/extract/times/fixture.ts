import type { TimeExpr } from '../../core/analysis.js';
import { emptyAnalysis } from '../../core/analysis.js';
import { makeDocument } from '../../core/document.js';
import { makeContext } from '../../core/stage.js';
import { loadEnglish } from '../../lang/en/index.js';
import { TokenizeStage } from '../../text/tokenize-stage.js';
import { TimeStage } from './stage.js';

/** Runs tokenization and the times stage on a text with a document date (for tests). */
export function runTimes(text: string, date: string): readonly TimeExpr[] {
  return prepareTimes(text, date)();
}

/** Tokenizes now and returns the times stage as a thunk, so a test can time the stage alone. */
export function prepareTimes(text: string, date: string): () => readonly TimeExpr[] {
  const pack = loadEnglish();
  const doc = makeDocument({ id: 't', date, text, origin: 'test', format: 'text' });
  const ctx = makeContext(text, date);
  const tokenized = new TokenizeStage(pack.tokenizer).run(ctx, emptyAnalysis(doc));
  const stage = new TimeStage(pack.times, pack.verbs);
  return () => stage.run(ctx, tokenized).times;
}
