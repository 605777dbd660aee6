import type { Stage } from '../core/stage.js';
import type { EnglishPack } from '../lang/en/index.js';
import { TokenizeStage } from '../text/tokenize-stage.js';
import { EntityStage } from './entities/stage.js';
import { EventStage } from './events/stage.js';
import { PredictionStage } from './predictions/stage.js';
import { QuoteStage } from './quotes/stage.js';
import { DocumentScans } from './reports/document-scans.js';
import { ReportStage } from './reports/stage.js';
import { TimeStage } from './times/stage.js';

/**
 * The extraction pipeline: the one ordered list of stages.
 *
 * @example
 * const stages = createPipeline(loadEnglish());
 */
export function createPipeline(pack: EnglishPack): readonly Stage[] {
  // the report and quote stages read the same quotation marks and mentions: scanned once per document
  const scans = new DocumentScans();
  return [
    // Every stage reads the shared tokens and sentences.
    new TokenizeStage(pack.tokenizer),
    // Entities before times: a name like "Sun Microsystems" or "March of Dimes" is not a time.
    new EntityStage(pack.entities),
    new TimeStage(pack.times, pack.verbs),
    // Reporting frames ("X said", "according to X") before quotes and events: both use them.
    new ReportStage(pack.reports, pack.verbs, scans),
    // Quotes before events: a speaker is an attribution, and quoted words are not narrated events.
    new QuoteStage(pack.reports, pack.verbs, scans),
    // Events need entities (actors), times (anchors) and quotes (speakers).
    new EventStage(pack.events, pack.verbs),
    // Predictions are events with a predictor and a deadline.
    new PredictionStage(pack.events.predictions),
  ];
}
