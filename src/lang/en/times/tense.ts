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
  /** Words that end a clause, so a cue beyond them governs another clause. */
  readonly clauseBreaks: ReadonlySet<string>;
}

export function loadTenseCues(): TenseCues {
  return {
    past: new Set(AUXILIARIES.past),
    present: new Set(AUXILIARIES.present),
    future: new Set([...AUXILIARIES.future, 'gonna']),
    prospective: new Set([
      'expected', 'scheduled', 'set', 'due', 'plans', 'planned', 'planning', 'intends', 'hopes', 'hope',
      'aims', 'upcoming', 'slated', 'poised', 'expects', 'expect', 'going', 'promised', 'pledged', 'vowed',
      'could', 'would', 'might', 'may', 'should', 'until', 'tomorrow', 'next', 'coming', 'deadline',
    ]),
    clauseBreaks: new Set([';', ':', '"', '“', '”', '(', ')', 'but', 'while', 'whereas', 'although', 'because']),
  };
}
