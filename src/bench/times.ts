import * as chrono from 'chrono-node';
import { emptyAnalysis, type Analysis } from '../core/analysis.js';
import { makeDocument } from '../core/document.js';
import { makeContext } from '../core/stage.js';
import { TimeStage } from '../extract/times/stage.js';
import { loadEnglish } from '../lang/en/index.js';
import { TokenizeStage } from '../text/tokenize-stage.js';

/** Throughput of one contender on the same documents. */
export interface Throughput {
  readonly name: string;
  readonly docsPerSec: number;
  readonly charsPerSec: number;
  /** Microseconds per 1,000 characters (the stage budget is about 50). */
  readonly usPer1000Chars: number;
}

/**
 * Measures the times stage alone (each document tokenized just before, untimed) against
 * chrono-node's `chrono.parse(text, refDate)` on the same texts. Each contender runs `rounds`
 * times after a warm-up round; the fastest round counts, which damps noise from other processes.
 *
 * @example
 * const [ours, chronoNode] = benchTimes(docs.map(d => ({ text: d.text, date: d.date })));
 * console.log(`${ours.docsPerSec} vs ${chronoNode.docsPerSec} docs/s`);
 */
export function benchTimes(docs: readonly { text: string; date: string }[], rounds = 3): readonly [Throughput, Throughput] {
  const pack = loadEnglish();
  const tokenizer = new TokenizeStage(pack.tokenizer);
  const stage = new TimeStage(pack.times, pack.verbs);
  const inputs = docs.map((d, i) => ({
    doc: makeDocument({ id: String(i), date: d.date, text: d.text, origin: 'bench', format: 'text' }),
    ctx: makeContext(d.text, d.date),
    ref: new Date(`${d.date}T12:00:00Z`),
  }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  // As in the pipeline, each document is tokenized right before the stage runs (tokens warm in
  // cache); only the stage is timed.
  const oursRound = () => {
    let ms = 0;
    for (const p of inputs) {
      const a: Analysis = tokenizer.run(p.ctx, emptyAnalysis(p.doc));
      const t0 = performance.now();
      stage.run(p.ctx, a);
      ms += performance.now() - t0;
    }
    return ms;
  };
  const chronoRound = () => {
    const t0 = performance.now();
    for (const p of inputs) chrono.parse(p.ctx.text, p.ref);
    return performance.now() - t0;
  };
  const fastest = (round: () => number) => {
    round();
    let best = Infinity;
    for (let r = 0; r < rounds; r++) best = Math.min(best, round());
    return best / 1000;
  };
  const ours = fastest(oursRound);
  const theirs = fastest(chronoRound);
  const figures = (name: string, sec: number): Throughput => ({
    name,
    docsPerSec: +(docs.length / sec).toFixed(1),
    charsPerSec: Math.round(chars / sec),
    usPer1000Chars: +((sec * 1e6) / (chars / 1000)).toFixed(1),
  });
  return [figures('accords times stage', ours), figures('chrono-node parse', theirs)];
}
