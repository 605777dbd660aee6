import type { VerbForm, VerbLexicon } from '../../lang/en/verbs.js';

export const BASE = 1;
export const PRESENT3 = 2;
export const PAST = 4;
/** A participle, or a regular "-ed" form that may be past or participle. */
export const PARTICIPLE = 8;
export const GERUND = 16;

const BIT: Record<VerbForm, number> = {
  base: BASE, present3: PRESENT3, past: PAST, participle: PARTICIPLE, past_or_participle: PARTICIPLE, gerund: GERUND,
};

/**
 * The verb forms a word can be, as bits. Asked of the lexicon each time: it answers most words
 * from their shape, faster than a memo of every word seen (a large, cache-cold map) answered them.
 *
 * @example new VerbForms(verbs).of('paid') & PAST // non-zero
 */
export class VerbForms {
  constructor(private readonly verbs: VerbLexicon) {}

  of(word: string): number {
    let bits = 0;
    for (const f of this.verbs.formsOf(word)) bits |= BIT[f];
    return bits;
  }
}
