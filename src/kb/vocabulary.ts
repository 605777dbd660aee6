/**
 * The knowledge base's own vocabulary: membership stages, which event modes move a state through
 * them, and which predicates read the same both ways. Engine semantics, not language knowledge.
 */
export const STAGES = ['expected', 'announced', 'signed', 'in_force', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** Order of the lifecycle; `withdrawn` is handled apart (it ends a membership, at any stage). */
export const STAGE_RANK: Readonly<Record<Exclude<Stage, 'withdrawn'>, number>> = {
  expected: 1, announced: 2, signed: 3, in_force: 4,
};

/** Lifecycle actions an event can report about a state and an agreement. */
export type Action = 'join' | 'sign' | 'ratify' | 'withdraw';

/** The stage an action reaches once it has happened. */
export const ACTION_STAGE: Readonly<Record<Action, Stage>> = {
  join: 'announced', sign: 'signed', ratify: 'in_force', withdraw: 'withdrawn',
};

/**
 * The lifecycle action of an event's mode and type, or null. Agreeing to normalize relations is
 * joining; an AGREE about an agreement with no finer mode is joining it; a RETREAT from it is
 * withdrawing.
 */
export function actionOf(type: string, mode: string | null, aboutAgreement: boolean): Action | null {
  switch (mode) {
    case 'join': case 'establish_relations': return 'join';
    case 'sign': return 'sign';
    case 'ratify': return 'ratify';
    default: break;
  }
  if (!aboutAgreement) return null;
  // "withdrew from the Paris Agreement" (a REJECT in the mode withdraw), "left the EU" (a RETREAT)
  if (type === 'RETREAT' || mode === 'withdraw') return 'withdraw';
  if (type === 'AGREE' && mode === null) return 'join';
  return null;
}

/** Predicates whose two sides play the same part ("ISR sign ARE" is "ARE sign ISR"). */
export const RECIPROCAL = new Set([
  'sign', 'meet', 'establish_relations', 'consult', 'cooperate', 'agree', 'discuss', 'negotiate', 'mediate',
]);

/** Third-person forms for readable summaries. */
const VERB: Readonly<Record<string, string>> = {
  establish_relations: 'establishes relations with', condition: 'conditions', join: 'joins', sign: 'signs',
  ratify: 'ratifies', meet: 'meets', agree: 'agrees with', consult: 'consults', cooperate: 'cooperates with',
};

export function verbForm(predicate: string): string {
  return VERB[predicate] ?? predicate.replace(/_/g, ' ');
}
