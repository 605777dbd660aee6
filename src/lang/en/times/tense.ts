import { AUXILIARIES } from '../verbs.js';

/**
 * Tense cues for resolving a bare weekday or month: a past-tense report ("met on Friday") looks
 * back, a future one ("will meet Friday") looks ahead.
 */
export interface TenseCues {
  readonly past: ReadonlySet<string>;
  readonly present: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  /** Verbs and phrases that announce something to come ("expected", "plans", "scheduled"). */
  readonly prospective: ReadonlySet<string>;
  /** Words before a participle that make it an adjective ("the reduced dividend"). */
  readonly determiners: ReadonlySet<string>;
  /** Signals that point ahead even in a past-tense clause ("was extended to Nov. 16", "by February"). */
  readonly forwardSignals: ReadonlySet<string>;
  /** Words that end a clause, so a cue beyond them governs another clause. */
  readonly clauseBreaks: ReadonlySet<string>;
}

export function loadTenseCues(): TenseCues {
  return {
    past: new Set(AUXILIARIES.past),
    present: new Set(AUXILIARIES.present),
    future: new Set([...AUXILIARIES.future, 'gonna']),
    prospective: new Set([
      'expected', 'scheduled', 'set', 'due', 'plans', 'planning', 'intends', 'hopes', 'hope', 'aims',
      'upcoming', 'slated', 'poised', 'expects', 'expect', 'could', 'would', 'might', 'may', 'should',
      'until', 'tomorrow', 'next', 'coming', 'deadline', 'payable', 'effective', 'starting', 'beginning',
    ]),
    determiners: new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of']),
    forwardSignals: new Set(['until', 'till', 'through', 'by', 'before', 'to', 'starting', 'beginning', 'effective']),
    clauseBreaks: new Set([
      ';', ':', '"', '“', '”', '(', ')', 'but', 'while', 'whereas', 'although', 'because', 'where', 'which', 'who',
      'whom', 'whose', 'when',
    ]),
  };
}
