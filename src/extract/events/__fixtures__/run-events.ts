import type { Analysis } from '../../../core/analysis.js';
import type { EventOut, ParticipantOut } from '../../../core/contract.js';
import { makeDocument } from '../../../core/document.js';
import { makeContext } from '../../../core/stage.js';
import { loadEnglish } from '../../../lang/en/index.js';
import { createExtractor, type Extractor } from '../../../services/extractor.js';
import { statesOf } from '../participants.js';
import { EventStage } from '../stage.js';

let stage: EventStage | null = null;
let extractor: Extractor | null = null;

/**
 * The events stage alone on an analysis a test planted (most often with `analysisOf`), dated by
 * its document.
 *
 * @example runEvents(analysisOf('Iran vowed to attack Iraq.', '2000-01-01', E)).events
 */
export function runEvents(a: Analysis): Analysis {
  const pack = loadEnglish();
  stage ??= new EventStage(pack.events, pack.verbs);
  return stage.run(makeContext(a.text, a.doc.date), a);
}

/**
 * The events of a text through the whole pipeline: entities, times and reports found, not planted.
 *
 * @example extractEvents('Finland joined NATO in 2023.', '2024-05-01')[0]?.mode  // 'join'
 */
export function extractEvents(text: string, date: string): readonly EventOut[] {
  extractor ??= createExtractor();
  return extractor.extract(makeDocument({ id: 't', date, text, origin: 'test', format: 'text' })).events;
}

/** The states of the participants, each once, sorted; a participant of no state adds none. */
export function sortedStates(ps: readonly ParticipantOut[]): string[] {
  return [...statesOf(ps)].sort();
}
