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
  /** An adverb that can stand between a determiner and a participle adjective ("a still unspecified date", "the newly elected"). */
  readonly premodifier: (w: string) => boolean;
  /** Signals that point ahead even in a past-tense clause ("was extended to Nov. 16", "by February"). */
  readonly forwardSignals: ReadonlySet<string>;
  /** Words that end a clause, so a cue beyond them governs another clause. */
  readonly clauseBreaks: ReadonlySet<string>;
  /** Prospective words that point nowhere before these next words ("next to", "coming from"). */
  readonly prospectiveUnless: ReadonlyMap<string, ReadonlySet<string>>;
  /** Prospective words that point ahead only before these next words ("set to", "set for", not "set a record"). */
  readonly prospectiveOnly: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that follow a verb rather than an adjective: objects, prepositions ("attended a rally"). */
  readonly afterVerb: ReadonlySet<string>;
  /** Pronoun subjects before a plain present verb ("they meet Monday"). */
  readonly subjects: ReadonlySet<string>;
  /** Words after "to" that are not infinitives ("to more than 13%"). */
  readonly notVerbs: ReadonlySet<string>;
  /** Signals that point back whatever the tense ("since Jan. 13"). */
  readonly backwardSignals: ReadonlySet<string>;
  /** Modals that, negated, report a failed try ("could not be reached Tuesday", "neither … could be located"). */
  readonly pastAbility: ReadonlySet<string>;
  /** Words that negate a modal after them or a few words before it. */
  readonly negations: ReadonlySet<string>;
  /** Past-tense plans, which may be over or still ahead ("planned a march on Saturday"). */
  readonly pastPlans: ReadonlySet<string>;
  /** Words before a past plan that make it a done thing ("as planned", "had planned"). */
  readonly pastPlansUnless: ReadonlySet<string>;
  /** "until" after these points ahead ("postponed until Tuesday"); after other verbs it only ends a span ("worked until Friday"). */
  readonly deferrals: ReadonlySet<string>;
}

// "still", "newly", "widely": adverbs that modify a participle used as an adjective
const PREMODIFIERS = new Set(['still', 'yet', 'already', 'long', 'once', 'just', 'much', 'well', 'ill', 'so-called']);

function isPremodifier(w: string): boolean {
  return PREMODIFIERS.has(w) || w.length > 4 && w.endsWith('ly');
}

export function loadTenseCues(): TenseCues {
  return {
    premodifier: isPremodifier,
    past: new Set(AUXILIARIES.past),
    present: new Set(AUXILIARIES.present),
    future: new Set([...AUXILIARIES.future, 'gonna']),
    prospective: new Set([
      'expected', 'scheduled', 'set', 'due', 'plans', 'planning', 'intends', 'hopes', 'hope', 'aims',
      'upcoming', 'slated', 'poised', 'expects', 'expect', 'could', 'would', 'might', 'may', 'should',
      'tomorrow', 'next', 'coming', 'deadline', 'payable', 'effective', 'starting', 'beginning',
    ]),
    determiners: new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of']),
    forwardSignals: new Set(['until', 'till', 'through', 'by', 'before', 'to', 'starting', 'beginning', 'effective', 'ahead of']),
    clauseBreaks: new Set([
      ';', ':', '"', '“', '”', '(', ')', 'but', 'while', 'whereas', 'although', 'because', 'where', 'which', 'who',
      'whom', 'whose', 'when', '`',
    ]),
    prospectiveUnless: new Map([
      ['next', new Set(['to'])],
      ['coming', new Set(['from', 'out', 'back', 'up', 'under', 'in'])],
    ]),
    // "set Friday as the deadline", "a record high set on Aug. 6": only "set to" and "set for" are ahead
    prospectiveOnly: new Map([['set', new Set(['to', 'for'])]]),
    afterVerb: new Set([
      'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'him', 'them',
      'it', 'us', 'me', 'on', 'in', 'at', 'to', 'for', 'with', 'from', 'by', 'into', 'after', 'before', 'during',
      'over', 'up', 'down', 'out', 'off', 'about', 'against', 'through', ',', '.', 'last', 'earlier', 'late',
      'early', 'yesterday', 'today', 'tonight', 'not', 'no', 'all', 'some', 'two', 'three',
    ]),
    subjects: new Set(['i', 'you', 'we', 'they']),
    notVerbs: new Set([
      'more', 'less', 'much', 'many', 'what', 'where', 'whom', 'date', 'which', 'each', 'other', 'another',
      // "shot to death", "came to power", "went to court": nouns of common news phrases
      'death', 'power', 'court', 'office', 'jail', 'prison', 'trial', 'hospital', 'justice', 'safety', 'sea', 'school',
    ]),
    backwardSignals: new Set(['since']),
    pastAbility: new Set(['could']),
    negations: new Set([...AUXILIARIES.negation, 'neither', 'nor', 'nobody', 'none']),
    pastPlans: new Set(['planned', 'intended', 'hoped', 'aimed']),
    pastPlansUnless: new Set(['as', 'previously', 'originally', 'had', 'been']),
    deferrals: new Set([
      'postpone', 'postponed', 'postpones', 'delay', 'delayed', 'delays', 'defer', 'deferred', 'defers', 'extend', 'extended',
      'extends', 'adjourn', 'adjourned', 'adjourns', 'suspend', 'suspended', 'suspends', 'recessed', 'off', 'back',
    ]),
  };
}
