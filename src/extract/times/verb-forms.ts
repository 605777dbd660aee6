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
/** Distinct words remembered before the memo starts over (it serves one long-lived stage). */
const MAX_WORDS = 50_000;

/**
 * The verb forms a word can be, as bits, remembered per word: the tense cues ask about the same
 * few thousand words over and over.
 *
 * @example new VerbForms(verbs).of('paid') & PAST // non-zero
 */
export class VerbForms {
  private readonly memo = new Map<string, number>();
  constructor(private readonly verbs: VerbLexicon) {}

  of(word: string): number {
    let bits = this.memo.get(word);
    if (bits === undefined) {
      bits = 0;
      for (const f of this.verbs.formsOf(word)) bits |= BIT[f];
      if (this.memo.size >= MAX_WORDS) this.memo.clear();
      this.memo.set(word, bits);
    }
    return bits;
  }
}
