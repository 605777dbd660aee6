import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the processes and threads that extract. Each one compiles the extractor's code for
 * itself, and V8's optimizing compiler, on background threads, takes a quarter to a third of a
 * run's CPU time (its first optimizations, then again after each deoptimization). These make each
 * compile cheaper for code that runs as fast:
 * - less inlining into the stages' large functions (12-14% less CPU time over 20,000 articles);
 * - no loop peeling and no escape analysis: 3.9% fewer instructions over 12,000 articles and 6.5%
 *   over 6,000, all of it in compiling (the instructions per article past the first 6,000 are
 *   the same with and without them). Measured with cachegrind on `node --single-threaded`, where
 *   compiling runs on the counted thread (docs/scaling.md).
 */
export const EXTRACTION_V8_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=150', '--no-turbo-loop-peeling', '--no-turbo-escape',
];

/**
 * Sets EXTRACTION_V8_FLAGS in this process, before the extractor's code is first compiled (for
 * `--threads 1` and the thread pool). Set at run time they save less than on a child's command
 * line, as the process pool gives them: 1.8% of the instructions over 6,000 articles, not 6.5%.
 */
export function useExtractionFlags(): void {
  setFlagsFromString(EXTRACTION_V8_FLAGS.join(' '));
}
