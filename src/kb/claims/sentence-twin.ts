import { actionOf } from '../vocabulary.js';
import type { Participant } from './proposition.js';

/** What the rule needs to know of an event. */
export interface TwinShape {
  readonly type: string;
  readonly mode: string | null;
  readonly status: string;
  readonly agreement: string | null;
  readonly source: readonly Participant[];
  readonly target: readonly Participant[];
  /** Events of one sentence share their evidence start. */
  readonly sentenceKey: string;
}

const actor = (p: Participant) => p.state ?? p.entity;

/**
 * The counterparties a signing leaves unnamed that a normalization of the same sentence names:
 * in "X and Y signed agreements establishing relations with Israel" both events report one act,
 * so the signing is with Israel. Empty when the signing names its counterparty, or no such
 * normalization (of all the signers, as a fact) is in the sentence.
 *
 * @example sentenceCounterparties(sign, events) // [{ entity: 'ISR', state: 'ISR' }]
 */
export function sentenceCounterparties<T extends TwinShape>(e: T, sentence: readonly T[]): Participant[] {
  if (actionOf(e.type, e.mode, e.agreement !== null) !== 'sign' || e.agreement !== null || e.target.length || e.status !== 'occurred') return [];
  const signers = new Set(e.source.map(actor));
  if (!signers.size) return [];
  for (const o of sentence) {
    if (o === e || o.sentenceKey !== e.sentenceKey || o.agreement !== null || o.status !== 'occurred') continue;
    if (actionOf(o.type, o.mode, false) !== 'join') continue;
    const parties = [...o.source, ...o.target];
    if (![...signers].every((s) => parties.some((p) => actor(p) === s))) continue;
    const others = parties.filter((p) => !signers.has(actor(p)));
    if (others.length) return [...new Map(others.map((p) => [actor(p), p])).values()];
  }
  return [];
}
