import type { EventStatus } from '../../../core/contract.js';

/**
 * Words that say how certain, how real and when an event is, by the status they give it.
 * Sources: TimeML/FactBank factuality cues (Saurí & Pustejovsky 2009, "FactBank"), the MEANTIME
 * annotation guidelines (certainty, polarity, time), and our annotation guide's conventions
 * (../shared/eval/articles/GUIDE.md: "likely", "ready to" → expected; "has yet to" → denied).
 */
export interface StatusCues {
  /** Auxiliaries and modals right before the verb. */
  readonly modals: ReadonlyMap<string, EventStatus>;
  readonly negations: ReadonlySet<string>;
  /** Words that govern an infinitive ("poised to join", "refused to sign"), lemma → status. */
  readonly controllers: ReadonlyMap<string, EventStatus>;
  /** Nouns that govern an infinitive ("a plan to join", "its refusal to sign"). */
  readonly nounControllers: ReadonlyMap<string, EventStatus>;
  /** Verbs and adjectives whose that-clause or object clause is uncertain ("believes", "hopes"). */
  readonly framing: ReadonlyMap<string, EventStatus>;
  /** Words that open a condition ("if", "unless"). */
  readonly conditions: ReadonlySet<string>;
  /** Modifiers of an event noun ("planned", "proposed", "possible"). */
  readonly nounModifiers: ReadonlyMap<string, EventStatus>;
  /** Words that may stand between "become the" and "to" ("the latest country to join"). */
  readonly rankWords: ReadonlySet<string>;
  readonly rankNouns: ReadonlySet<string>;
  /** Verbs after which "would" is the future of a reported statement ("said it would withdraw"). */
  readonly reportingVerbs: ReadonlySet<string>;
  /**
   * Controllers of a schedule or a stance: in the past they still say the event lay ahead ("was due
   * to meet", "was set to sign", "was ready to work with"), unlike "agreed to normalize", whose event
   * the past tense reports as done.
   */
  readonly schedules: ReadonlySet<string>;
  /**
   * Verbs of telling whose refusal or negation reaches the event they would have told: "refused
   * to say which side was to blame" (denied), "did not say whether it would attend" (possible).
   */
  readonly disclosures: ReadonlySet<string>;
  /** Reporting cues that make the act reported a charge against its actor ("claimed that ISIL had attacked"). */
  readonly claimCues: ReadonlySet<string>;
  /** Lemmas of report cues whose content the speaker denies ("denied that Rubio met Tokayev"): denied, by the speaker. */
  readonly denialCues: ReadonlySet<string>;
}

const entries = (status: EventStatus, words: string): Array<[string, EventStatus]> =>
  words.split(/\s+/).filter(Boolean).map((w) => [w, status]);

export function loadStatusCues(): StatusCues {
  return {
    modals: new Map([
      ...entries('expected', "will 'll shall wo"),
      ...entries('possible', "would 'd could may might can should must ought ca"),
    ]),
    negations: new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']),
    controllers: new Map([
      ...entries('expected', 'poised set due scheduled expected slated plan intend prepare prepared ready likely going about aim ' +
        'decide agree promise pledge vow swear sworn swore commit committed determined willing bound resolve resolved undertake agreed'),
      ...entries('possible', 'hope want wish seek try attempt consider weigh mull unlikely possible able offer threaten ' +
        'like propose ask struggle hesitate need'),
      ...entries('denied', 'refuse decline fail unable reluctant yet'),
      ...entries('ongoing', 'continue keep'),
      ...entries('occurred', 'manage begin start'),
    ]),
    nounControllers: new Map([
      ...entries('expected', 'plan decision intention readiness willingness commitment pledge promise agreement deal move strategy'),
      ...entries('possible', 'bid effort attempt offer proposal threat call appeal demand hope push'),
      ...entries('denied', 'refusal failure'),
    ]),
    framing: new Map([
      ...entries('expected', 'expect predict forecast anticipate sure confident convinced'),
      ...entries('possible', 'hope believe think fear doubt suspect wonder speculate consider weigh suggest ' +
        'possible unclear uncertain unlikely'),
    ]),
    conditions: new Set(['if', 'unless', 'whether', 'provided', 'providing', 'lest']),
    nounModifiers: new Map([
      ...entries('expected', 'planned scheduled upcoming expected forthcoming future impending imminent prospective slated'),
      ...entries('possible', 'proposed possible potential likely hypothetical would-be eventual mooted rumored rumoured'),
      ...entries('denied', 'no failed cancelled canceled aborted postponed'),
    ]),
    rankWords: new Set(['first', 'latest', 'next', 'last', 'second', 'third', 'fourth', 'fifth', 'sixth', 'only', 'newest', 'new', 'another', 'arab', 'muslim']),
    rankNouns: new Set(['country', 'nation', 'state', 'one', 'member', 'government', 'leader', 'signatory']),
    reportingVerbs: new Set(['said', 'told', 'announced', 'stated', 'added', 'noted', 'declared', 'insisted', 'indicated',
      'confirmed', 'reported', 'claimed', 'wrote', 'explained', 'warned', 'promised', 'pledged', 'vowed', 'agreed', 'decided',
      'revealed', 'disclosed', 'acknowledged', 'conceded', 'signaled', 'signalled', 'hinted', 'suggested', 'predicted']),
    schedules: new Set(['expected', 'poised', 'due', 'scheduled', 'set', 'slated', 'going', 'about', 'bound', 'likely', 'ready', 'willing', 'prepared']),
    claimCues: new Set(['claim', 'claimed', 'claims', 'allege', 'alleged', 'alleges', 'charge', 'charged', 'charges']),
    denialCues: new Set(['deny', 'dispute', 'refute', 'rebut']),
    disclosures: new Set(['say', 'said', 'says', 'comment', 'specify', 'disclose', 'reveal', 'confirm', 'elaborate', 'answer',
      'identify', 'explain', 'indicate', 'tell', 'told']),
  };
}
