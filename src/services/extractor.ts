import type { Analysis } from '../core/analysis.js';
import type { ExtractionOut } from '../core/contract.js';
import type { SourceDocument } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { runPipeline } from '../extract/extract.js';
import { createPipeline } from '../extract/pipeline.js';
import { toContract } from '../extract/to-contract.js';
import { loadEnglish } from '../lang/en/index.js';

/**
 * Extraction as a service: the CLI, the API, ingestion and workers all call this.
 *
 * @example createExtractor().extract(doc).events
 */
export interface Extractor {
  analyze(doc: SourceDocument): Analysis;
  extract(doc: SourceDocument): ExtractionOut;
}

export function createExtractor(stages: readonly Stage[] = createPipeline(loadEnglish()),
  debug?: (line: string) => void): Extractor {
  const analyze = (doc: SourceDocument) => runPipeline(stages, doc, {}, debug);
  return { analyze, extract: (doc) => toContract(analyze(doc)) };
}
