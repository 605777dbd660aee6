import type { PloverType } from '../../../core/contract.js';

/**
 * How an event trigger is written as data: a group of phrases sharing type, mode, CAMEO code and
 * argument slots. A phrase is a space-separated list of words; the first word is the head the index
 * looks up. A word matches every inflection of itself (verbs: "meet" matches "met", "meeting";
 * nouns: plurals); `a|b` lists alternative single words (a multi-word alternative is a phrase of its own), `*` skips up to three tokens, and `=word` matches that
 * exact surface form only.
 *
 * @example
 * const g: TriggerGroup = { type: 'CONSULT', mode: 'meet', cameo: '040', pos: 'verb', target: 'obj with',
 *   mutual: true, phrases: ['meet', 'hold * talks'] };
 */
export interface TriggerGroup {
  readonly type: PloverType;
  readonly mode: string | null;
  /** The CAMEO code this phrase crosswalks to. */
  readonly cameo: string;
  readonly pos: 'verb' | 'noun';
  /**
   * Where the recipient is, in order of preference: `obj` (the direct object), `that` (the subject of
   * a that-clause: "demanded that the US cancel"), `subj` (for phrases whose subject is the recipient),
   * `possessor` (the actor a judging word describes: "Trump's ignorant view", "they are rude"),
   * or a preposition ("with", "on", "against", "to").
   */
  readonly target: string;
  /**
   * Where the actor is when it is not the subject: a preposition ("from" in "drew criticism from");
   * for a noun, the prepositions that name its actor (default "by"; "of" for "a meeting of ministers");
   * `speaker` for the speaker of the statement ("Trump deserves respect," Cameron said).
   */
  readonly source?: string;
  /** Both parties act ("A and B met"): a compound subject lists them all as source. */
  readonly mutual?: boolean;
  /** The event only holds when an agreement, organization or alliance is its object ("join"). */
  readonly needsAgreement?: boolean;
  /** The event only holds when the object names an actor (a state, person or group). */
  readonly needsActorObject?: boolean;
  /**
   * A verb that takes an infinitive whose action is a separate event: `intent` (promise, offer: the
   * action is expected), `threat` (the action is possible), `negative` (refuse, decline: denied).
   */
  readonly embeds?: 'intent' | 'threat' | 'negative';
  /** The phrase restates the actor's earlier act ("stood by his comments"): it takes that act's type and recipient. */
  readonly restates?: boolean;
  readonly phrases: readonly string[];
}
