import { ABBREVIATIONS, RUN_ON_WORDS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';
import { loadEntityKnowledge, type EntityKnowledge } from './entities/index.js';
import { loadEventKnowledge, type EventKnowledge } from './events/index.js';
import { loadReportKnowledge, type ReportKnowledge } from './reports/index.js';
import { loadTimeKnowledge, type TimeKnowledge } from './times/index.js';
import { createVerbLexicon, type VerbLexicon } from './verbs.js';

/**
 * Everything the English pipeline knows about the language and the domain, loaded once and
 * passed to the stages that need it. Nothing is read at import time.
 */
export interface EnglishPack {
  readonly tokenizer: {
    readonly abbreviations: ReadonlySet<string>;
    readonly sentenceFinalAbbreviations: ReadonlySet<string>;
    readonly runOnWords: ReadonlySet<string>;
  };
  /** Verb morphology shared by every stage that needs tense or voice. */
  readonly verbs: VerbLexicon;
  readonly entities: EntityKnowledge;
  readonly times: TimeKnowledge;
  readonly reports: ReportKnowledge;
  readonly events: EventKnowledge;
}

let cached: EnglishPack | null = null;

/** Loads the English language pack (memoized: the data is immutable). */
export function loadEnglish(): EnglishPack {
  cached ??= {
    tokenizer: {
      abbreviations: ABBREVIATIONS,
      sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS,
      runOnWords: RUN_ON_WORDS,
    },
    verbs: createVerbLexicon(),
    entities: loadEntityKnowledge(),
    times: loadTimeKnowledge(),
    reports: loadReportKnowledge(),
    events: loadEventKnowledge(),
  };
  return cached;
}
