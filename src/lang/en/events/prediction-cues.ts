/**
 * What makes a statement a forecast with a deadline: the verbs and phrases of predicting, the
 * words that turn a date into a deadline, and the nouns a forecast may be about when the sentence
 * has no event verb ("whether another such breakthrough could come"). Source: our annotation
 * guide's prediction examples (../shared/spec/CONTRACT.md, predictions) and common English usage.
 */
export interface PredictionCues {
  /** Verbs whose speaker forecasts the event in their complement ("predicted", "expects"). */
  readonly verbs: ReadonlySet<string>;
  /** Phrases inside a statement that forecast ("good chance", "will happen", "I believe"). */
  readonly phrases: readonly (readonly string[])[];
  /** Words before a time that make it a deadline, with how the deadline is read from the time. */
  readonly deadlineWords: ReadonlyMap<string, 'before' | 'by'>;
  /** Words that say a duration counts from the statement ("in the next 90 days", "within days"). */
  readonly windowWords: ReadonlySet<string>;
  /** Nouns a forecast may be about, coded as an AGREE event when no trigger is found. */
  readonly outcomeNouns: ReadonlySet<string>;
  /** Verbs of coming about ("happen", "come") that make a forecast of their subject noun. */
  readonly happenVerbs: ReadonlySet<string>;
  /** Words of an outcome, with the AGREE mode of the event they name ("sign" → sign). */
  readonly outcomeModes: ReadonlyMap<string, string | null>;
  /** Number words of a window ("the next two weeks", "a day or two"). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Length in days of a window unit. */
  readonly units: ReadonlyMap<string, number>;
}

export function loadPredictionCues(): PredictionCues {
  return {
    verbs: new Set(['predict', 'predicted', 'predicts', 'predicting', 'expect', 'expects', 'expected', 'forecast', 'forecasts',
      'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'anticipate', 'anticipates', 'anticipated',
      'say', 'says', 'said', 'told', 'tells', 'add', 'added', 'adding', 'hint', 'hinted']),
    phrases: [['good', 'chance'], ['strong', 'chance'], ['real', 'chance'], ['will', 'happen'], ['i', 'believe'], ['i', 'think'],
      ['i', 'expect'], ['i', 'know'], ['very', 'likely'], ['likely'], ['will'], ['would'], ['could'], ['going', 'to']],
    deadlineWords: new Map([['before', 'before'], ['by', 'by'], ['until', 'by'], ['ahead', 'before'], ['prior', 'before']]),
    windowWords: new Set(['next', 'coming', 'within', 'in']),
    outcomeNouns: new Set(['breakthrough', 'deal', 'agreement', 'accord', 'announcement', 'normalization', 'normalisation']),
    happenVerbs: new Set(['happen', 'happens', 'come', 'comes', 'occur', 'occurs', 'materialize', 'follow']),
    outcomeModes: new Map<string, string | null>([
      ['sign', 'sign'], ['signs', 'sign'], ['signing', 'sign'], ['join', 'join'], ['joins', 'join'], ['joining', 'join'],
      ['normalize', 'establish_relations'], ['normalise', 'establish_relations'], ['normalization', 'establish_relations'],
      ['normalisation', 'establish_relations'], ['breakthrough', null], ['deal', null], ['agreement', null], ['accord', null],
    ]),
    numbers: new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
      ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['few', 3], ['couple', 2]]),
    units: new Map([['day', 1], ['days', 1], ['week', 7], ['weeks', 7], ['month', 30], ['months', 30], ['year', 365], ['years', 365]]),
  };
}
