import type { EntityKind, EventOut, TimexType } from './contract.js';
import type { SourceDocument } from './document.js';

/** A token: a word, number, punctuation mark or clitic, with UTF-16 offsets into the text. */
export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with typographic apostrophes folded to `'`. */
  readonly lower: string;
  /** `shapeHash(lower)` (text/word-shapes.ts): the key of the stages' word filters. */
  readonly shape: number;
  readonly kind: TokenKind;
  readonly sentence: number;
  /** True when whitespace (or the text's start) precedes this token. */
  readonly spaceBefore: boolean;
}
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'clitic';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph (block of text separated by a blank line or line break). */
  readonly paragraph: number;
}

/** What the base knows of an entity: a state, person, organization, agreement or group. */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** The state a person or organization belongs to (ISO3), the state itself for a state. */
  readonly state: string | null;
  readonly role: string | null;
  /** For a group: the ISO3 codes of its members when known. */
  readonly members?: readonly string[];
  /**
   * For an organization: `igo` (a body states can be members of: UN, NATO, GCC), `media` (a news
   * outlet, coded MEDIA rather than a state), `government`, `armed-group`, `company`, `military`, …
   */
  readonly subtype?: string;
}

/**
 * How a mention names its entity: decides how strongly it can stand for an actor. `place` is a
 * location inside a state ("Samarra", "the Gaza Strip"), linked to that state: where something
 * happens, not who acts.
 */
export type MentionVia =
  | 'name' | 'alias' | 'demonym' | 'metonym' | 'surname' | 'title' | 'pronoun' | 'shape' | 'body' | 'place';

/** One occurrence of an entity in the text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entityId: string;
  readonly sentence: number;
  readonly via: MentionVia;
  /** Token range [tokenStart, tokenEnd) of the mention. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** For a person named with a title ("Secretary of State Marco Rubio"): where the title starts. */
  readonly titleStart?: number;
}

/** A TIMEX3 expression, resolved against the document date. */
export interface TimeExpr {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string | null;
  readonly sentence: number;
  /** TIMEX3 mod (BEFORE, AFTER, START, MID, END, APPROX, …) when the text gives one. */
  readonly mod?: string | null;
  /** Whether the value was stated in full ("3 March 2025") or partly inferred ("3 March", "Friday"). */
  readonly inferred?: boolean;
  /** The temporal signal before the expression, outside its span ("before", "within", "by"). */
  readonly signal?: string | null;
}

/**
 * A reporting frame: someone saying, telling or being cited ("the State Department said",
 * "according to American and Israeli officials", "Axios reported, citing sources").
 * Events take their attribution from the frame that covers them; quotes take their speaker.
 */
export interface ReportFrame {
  readonly sentence: number;
  /** The reporting cue ("said", "according to", "told", "reported"). */
  readonly cue: { readonly start: number; readonly end: number; readonly text: string; readonly lemma: string };
  /** The words naming the source, when the sentence names it. */
  readonly speaker: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** Entities the source links to (a person, an organization, states for "American and Israeli officials"). */
  readonly speakerEntities: readonly string[];
  /** The reported content span (what is said), when it can be delimited. */
  readonly content: { readonly start: number; readonly end: number } | null;
  /**
   * What kind of report: `say` (words: said, told, wrote), `act` (a speech act that is an event of
   * its own: warned, urged, accused, praised), `belief` (believes, fears), `source` (according to,
   * reported, found). Events take attribution from `say`, `belief` and `source` frames.
   */
  readonly kind?: 'say' | 'act' | 'belief' | 'source';
  /** For a pronoun source ("he said"): the full mention it refers to ("Steve Witkoff"). */
  readonly antecedent?: { readonly start: number; readonly end: number; readonly text: string } | null;
}

export interface Quote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly speakerStart: number | null;
  readonly speakerEnd: number | null;
}

/** An event as the contract gives it, with where in the analysis it came from. */
export interface EventRecord extends EventOut {
  readonly sentence: number;
  /** The trigger word(s) the event was coded from. */
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
}

export interface PredictionRecord {
  readonly predictor: string;
  readonly madeOn: string | null;
  readonly deadline: string | null;
  /** Index into `events`. */
  readonly event: number;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: number;
}

/**
 * Everything extracted from one document so far. Each stage returns a new Analysis with
 * its own part filled in; no stage mutates another's output.
 */
export interface Analysis {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpr[];
  readonly reports: readonly ReportFrame[];
  readonly quotes: readonly Quote[];
  readonly events: readonly EventRecord[];
  readonly predictions: readonly PredictionRecord[];
}

export function emptyAnalysis(doc: SourceDocument): Analysis {
  return {
    doc, text: doc.text, tokens: [], sentences: [], entities: new Map(), mentions: [],
    times: [], reports: [], quotes: [], events: [], predictions: [],
  };
}
