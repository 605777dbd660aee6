import { POSSESSIVES } from '../possessives.js';

/**
 * Closed-class English words the event stage reads clause structure from: where a clause starts,
 * what is a preposition, a determiner, a pronoun. Source: the closed word classes of the Penn
 * Treebank tag set (Santorini 1990), common members only.
 */
export interface ClauseWords {
  /** Words that open a subordinate or complement clause: the subject of a verb lies after them. */
  readonly subordinators: ReadonlySet<string>;
  /** Relative pronouns: the subject of a verb right after them is the noun phrase before them. */
  readonly relatives: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Articles and possessive pronouns: a participle between one and its noun is an adjective ("the occupied West Bank", "its armed struggle"). */
  readonly nounOpeners: ReadonlySet<string>;
  /** Forms of "be", "have", "do", "get" and "become" that can stand in a verb group. */
  readonly auxiliaries: ReadonlySet<string>;
  readonly beForms: ReadonlySet<string>;
  readonly haveForms: ReadonlySet<string>;
  /** Adverbs that may sit inside a verb group ("has also formally agreed"). */
  readonly adverbs: ReadonlySet<string>;
  /** Quantifiers that may float after a modal or auxiliary ("could both sign", "have all agreed"). */
  readonly floatingQuantifiers: ReadonlySet<string>;
  /** Possessive pronouns: "his second term", "their countries". */
  readonly possessives: ReadonlySet<string>;
  /**
   * The possessives that stand for an actor only before an actor noun ("their countries", not "its
   * entry"): all but "her", as often an object ("told her"), and "my", which in a quotation is its
   * speaker whatever it owns ("my judgment").
   */
  readonly actorPossessives: ReadonlySet<string>;
  /** Personal and possessive pronouns that may stand for an actor, by number. */
  readonly pronouns: ReadonlyMap<string, 'singular' | 'plural' | 'person'>;
  /** Pronouns that in a statement are its speaker ("we will not accept", Erdogan said). */
  readonly firstPerson: ReadonlySet<string>;
  /** Phrases that refer back to the two parties of an earlier event ("both sides", "the two countries"). */
  readonly bothParties: readonly (readonly string[])[];
  /** Verbs that end a noun phrase and open a new clause when no trigger stands there. */
  readonly clauseVerbs: ReadonlySet<string>;
  /** Words in a verb group that say it is an infinitive or a gerund complement ("to", "of"). */
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** Words that cannot start an object noun phrase: where the object of a verb stops. */
  readonly objectStops: ReadonlySet<string>;
  /** Prefixes joined to a verb by a hyphen ("re-open", "co-operate"); any other word before a hyphen makes a compound adjective ("Israeli-occupied"). */
  readonly verbPrefixes: ReadonlySet<string>;
  /** Participles that after "be" describe the subject's stance, not a passive: "is committed to", "were opposed to". */
  readonly statives: ReadonlySet<string>;
  /** Nouns that, after a possessive pronoun, name an actor ("their governments", "its army"), unlike "their meeting". */
  readonly actorNouns: ReadonlySet<string>;
  /** Verbs that carry an event noun done by their own subject ("announced a suspension", "return for talks"). */
  readonly supportVerbs: ReadonlySet<string>;
  /** Verbs whose subject holds the plan, need or refusal in their object ("has no plan to join", "sees no need to"). */
  readonly holdingVerbs: ReadonlySet<string>;
  /** Nouns a date can modify that are not events themselves ("the July 1 deadline"). */
  readonly timeHeads: ReadonlySet<string>;
  /** Words of degree before an adjective ("very rude", "so reckless"). */
  readonly degreeWords: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export function loadClauseWords(): ClauseWords {
  const possessives = new Set(POSSESSIVES);
  return {
    subordinators: set('that if unless when whenever while whilst because since although though after before until till as ' +
      'whether once where so lest whereas'),
    relatives: set('who whom which whose'),
    prepositions: set('in on at by for with from to into onto of about against over under between among amid amongst ' +
      'during after before since until toward towards through across near without within despite following including ' +
      'via per upon beyond around along behind outside inside like'),
    determiners: new Set([...set('a an the this that these those'), ...possessives,
      ...set('some any each every another no several many both all two three four five other such')]),
    nounOpeners: new Set([...set('a an the'), ...possessives, "'s", '’s']),
    possessives,
    actorPossessives: new Set([...possessives].filter((w) => w !== 'her' && w !== 'my')),
    auxiliaries: set("is are am was were be been being 's 're 'm has have had 've 'd do does did get gets got gotten become becomes became"),
    beForms: set("is are am was were be been being 's 're 'm get gets got gotten"),
    haveForms: set("has have had 've having"),
    adverbs: set('also already formally officially reportedly allegedly publicly recently now still soon just again ' +
      'finally eventually jointly repeatedly further even actually reluctantly quickly initially ' +
      'once then later later swiftly previously consistently routinely separately once again first last ' +
      'not never nonetheless however apparently unilaterally bluntly flatly outright strongly sharply'),
    floatingQuantifiers: set('both all each'),
    pronouns: new Map([
      ['it', 'singular'], ['its', 'singular'], ['they', 'plural'], ['their', 'plural'], ['them', 'plural'],
      ['he', 'person'], ['his', 'person'], ['him', 'person'], ['she', 'person'], ['her', 'person'],
      ['we', 'plural'], ['our', 'plural'], ['us', 'plural'], ['i', 'person'], ['me', 'person'], ['my', 'person'],
    ]),
    firstPerson: set('i me my we us our'),
    bothParties: [
      ['both', 'sides'], ['the', 'two', 'sides'], ['both', 'countries'], ['the', 'two', 'countries'], ['both', 'leaders'],
      ['the', 'two', 'leaders'], ['both', 'nations'], ['the', 'two', 'nations'], ['both', 'governments'],
      ['the', 'two', 'governments'], ['the', 'two', 'men'], ['both', 'men'], ['the', 'two', 'neighbors'], ['the', 'two', 'neighbours'],
      ['the', 'two'],
    ],
    clauseVerbs: set('said says say told tells announced announces stated reported added noted declared insisted ' +
      'confirmed claimed wrote urged is are was were has have had will would could can may might should must ' +
      'comes came came becomes became seemed seems appeared appears remains remained'),
    infinitiveMarkers: set('to'),
    objectStops: set('that which who whom whose because although though while whereas if unless when after before since ' +
      'until as said says told according'),
    verbPrefixes: set('re co pre un non de dis mis over under out counter cross'),
    actorNouns: set('country countries government governments nation nations state states leader leaders army armies ' +
      'force forces troops soldiers military allies ally neighbor neighbors neighbour neighbours side sides delegation ' +
      'delegations minister ministers officials representatives envoy envoys people president counterpart counterparts ' +
      'partner partners rebels fighters militia police authorities diplomats negotiators'),
    supportVerbs: set('announce order hold call convene launch begin start stage conduct return go come head travel ' +
      'converge gather arrive prepare organize organise resume issue make'),
    holdingVerbs: set('have see announce unveil express reaffirm voice make draw present'),
    degreeWords: set('very so too totally utterly deeply extremely completely quite rather really most more'),
    timeHeads: set('deadline deadlines target cutoff ultimatum'),
    statives: set('committed determined prepared opposed engaged involved dedicated devoted resolved pledged'),
  };
}
