/**
 * Words around a state's name that make it a place or a description rather than the actor of a
 * phrase: "the Israeli-occupied West Bank", "pro-Iranian", "on the Thai border", "ethnic
 * Albanians in Serbia". Source: the PLOVER/CAMEO actor coding conventions (Schrodt 2012, CAMEO
 * 1.1b3, ch. 2: actors are coded by the state they act in or for; a location is not an actor).
 *
 * @example loadActorModifiers().borderNouns.has('border')  // true: "on the Thai border" places, it does not act
 */
export interface ActorModifiers {
  /** Participles after a hyphen that turn a name into a modifier: "Israeli-occupied", "Iranian-backed". */
  readonly hyphenParticiples: ReadonlySet<string>;
  /** Prefixes before a hyphen that do the same: "pro-Iranian", "anti-American". */
  readonly hyphenPrefixes: ReadonlySet<string>;
  /** Nouns a name can modify as a place: "the Thai border", "Macedonia's frontier". */
  readonly borderNouns: ReadonlySet<string>;
  /** Agents after a border noun that keep the name an actor: "Thai border guards". */
  readonly borderAgents: ReadonlySet<string>;
  /** Words before a demonym that make it an ethnic group, coded by where it lives: "ethnic Albanians". */
  readonly ethnicMarkers: ReadonlySet<string>;
  /** Nouns after a demonym that do the same: "the Albanian population", "the Serb minority". */
  readonly ethnicHeads: ReadonlySet<string>;
  /** Nouns of a relation that make a possessive name someone else's partner: "Israel's militia ally" is not Israel. */
  readonly relations: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export function loadActorModifiers(): ActorModifiers {
  return {
    hyphenParticiples: set('occupied held controlled run administered based linked allied backed born funded sponsored ' +
      'supported owned annexed leaning aligned friendly made brokered'),
    hyphenPrefixes: set('pro anti'),
    borderNouns: set('border borders frontier frontiers'),
    borderAgents: set('guard guards police policemen troops forces patrol patrols officials officers agents soldiers army ' +
      'authorities'),
    ethnicMarkers: set('ethnic'),
    ethnicHeads: set('population populations minority minorities community communities'),
    relations: set('ally allies proxy proxies client clients surrogate surrogates'),
  };
}
