import { RECIPROCAL, verbForm } from '../vocabulary.js';

/** Who took part in an event, as the contract gives it. */
export interface Participant { readonly entity: string; readonly state: string | null }

/** The part of an event a proposition is built from. */
export interface EventShape {
  readonly type: string;
  readonly mode: string | null;
  readonly source: readonly Participant[];
  readonly target: readonly Participant[];
  readonly agreement: string | null;
}

/**
 * A normalized proposition that claims from many documents attach to.
 *
 * @example { kind: 'Proposition', subject: 'KAZ', predicate: 'join', object: 'agreement:abraham-accords' }
 */
export interface Proposition {
  readonly kind: 'Proposition';
  readonly subject: string;
  readonly predicate: string;
  readonly object: string | null;
}

/** The subject of a proposition whose actor the text leaves open ("another country will join"). */
export const ANY_SUBJECT = '?';

/** Actors count as their state: "Rubio met Tokayev" is a claim that USA meets KAZ. */
const actor = (p: Participant) => p.state ?? p.entity;
const distinct = (xs: readonly string[]) => [...new Set(xs)];

export function predicateOf(e: Pick<EventShape, 'type' | 'mode'>): string {
  return e.mode ?? e.type.toLowerCase();
}

/**
 * The propositions an event reports: one per subject and object. The object is the agreement the
 * event is about, else each target; with neither, the sources of a reciprocal act pair up.
 *
 * @example propositionsOf({ type: 'AGREE', mode: 'sign', source: [ARE, BHR], target: [ISR], agreement: null })
 *   // ARE sign ISR, BHR sign ISR
 */
export function propositionsOf(e: EventShape): Proposition[] {
  const predicate = predicateOf(e);
  const reciprocal = RECIPROCAL.has(predicate);
  const subjects = distinct(e.source.map(actor));
  const targets = distinct(e.target.map(actor));
  const pairs: [string, string | null][] = [];
  if (e.agreement) for (const s of subjects.length ? subjects : [ANY_SUBJECT]) pairs.push([s, e.agreement]);
  else if (targets.length) {
    for (const s of subjects.length ? subjects : [ANY_SUBJECT]) for (const t of targets) if (s !== t) pairs.push([s, t]);
  } else if (reciprocal && subjects.length > 1) {
    for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) pairs.push([subjects[i], subjects[j]]);
  } else for (const s of subjects.length ? subjects : [ANY_SUBJECT]) pairs.push([s, null]);
  const out = new Map<string, Proposition>();
  for (const [s, o] of pairs) {
    const [a, b] = reciprocal && o !== null && !o.startsWith('agreement:') && s !== ANY_SUBJECT && o < s ? [o, s] : [s, o];
    const p = makeProposition(a, predicate, b);
    out.set(claimIdOf(p), p);
  }
  return [...out.values()];
}

export function makeProposition(subject: string, predicate: string, object: string | null): Proposition {
  return Object.freeze({ kind: 'Proposition', subject, predicate, object });
}

export const isProposition = (x: unknown): x is Proposition =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'Proposition';

/** A claim's id is its proposition, so every document reporting it lands on the same claim. */
export function claimIdOf(p: Proposition): string {
  return `${p.subject}|${p.predicate}|${p.object ?? ''}`;
}

/** "KAZ joins agreement:abraham-accords", "another state signs ISR". */
export function summarize(p: Proposition): string {
  const subject = p.subject === ANY_SUBJECT ? 'another state' : p.subject;
  return [subject, verbForm(p.predicate), p.object].filter(Boolean).join(' ');
}
