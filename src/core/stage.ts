import type { Analysis } from './analysis.js';
import { Scratch } from './scratch.js';

export interface ExtractOptions {
  /** Language of the patterns and lexicons (only `en` ships). */
  readonly language: 'en';
}

/**
 * What a stage may know about the document besides the analysis: never globals.
 * `documentDate` is the reference for relative times ("Thursday", "last month").
 */
export interface StageContext {
  readonly text: string;
  readonly documentDate: string;
  readonly options: ExtractOptions;
  /** Typed arrays for this document's scans (one per document, never shared). */
  readonly scratch: Scratch;
  /** Lazy debug output: the message is only built when debugging is on. */
  debug(message: () => string): void;
}

/**
 * One step of the extraction pipeline.
 *
 * @example
 * const stage: Stage = { name: 'noop', run: (_ctx, a) => a };
 */
export interface Stage {
  readonly name: string;
  run(ctx: StageContext, analysis: Analysis): Analysis;
}

export function makeContext(text: string, documentDate: string, options: Partial<ExtractOptions> = {},
  debugSink?: (line: string) => void): StageContext {
  return {
    text, documentDate, options: { language: options.language ?? 'en' }, scratch: Scratch.forText(text),
    debug: debugSink ? (m) => debugSink(m()) : () => {},
  };
}
