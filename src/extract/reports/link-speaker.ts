import type { Token } from '../../core/analysis.js';
import type { MentionIndex } from './mention-index.js';
import type { Scan, TokenSpan } from './scan.js';

/**
 * Where the document says whose a government body is ("President Trump's administration", "the
 * Israeli government"): by body noun, the token positions and the state each one names.
 */
export type GovernmentOwners = ReadonlyMap<string, readonly { readonly at: number; readonly state: string }[]>;

/** One pass over the tokens: every government noun owned by a mention just before it. */
export function findGovernmentOwners(scan: Scan, mentions: MentionIndex): GovernmentOwners {
  const out = new Map<string, { at: number; state: string }[]>();
  const { tokens } = scan;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!scan.k.governmentNouns.has(t.lower) || t.lower === 'official' || t.lower === 'officials') continue;
    const j = tokens[i - 1]!.kind === 'clitic' ? i - 2 : i - 1;
    const m = j >= 0 ? mentions.endingAt(j) : undefined;
    const state = m ? mentions.stateOf(m.entityId) : null;
    if (!state) continue;
    const list = out.get(t.lower) ?? [];
    list.push({ at: i, state });
    out.set(t.lower, list);
  }
  return out;
}

/**
 * The entities a source's words link to: the mentions inside them ("Tokayev’s office" → Tokayev,
 * "American and Israeli officials" → USA, ISR), or, for an unnamed government body ("a senior
 * administration official"), the state the document names as its owner elsewhere.
 */
export function linkSpeaker(scan: Scan, span: TokenSpan, mentions: MentionIndex, owners: () => GovernmentOwners): string[] {
  const ids: string[] = [];
  for (const m of mentions.within(span.first, span.last)) {
    if (m.via !== 'pronoun' && !ids.includes(m.entityId)) ids.push(m.entityId);
  }
  if (ids.length) return ids;
  for (let i = span.first; i <= span.last; i++) {
    if (!scan.k.governmentNouns.has(scan.tokens[i]!.lower)) continue;
    const state = ownerNear(owners(), scan.tokens[i]!, i);
    if (state) return [state];
  }
  return ids;
}

function ownerNear(owners: GovernmentOwners, t: Token, at: number): string | null {
  const list = owners.get(t.lower);
  if (!list?.length) return null;
  let best = list[0]!;
  for (const o of list) if (o.at < at) best = o;
  return best.state;
}

/** Computes the government owners on first use only: most documents never ask. */
export function lazyOwners(scan: Scan, mentions: MentionIndex): () => GovernmentOwners {
  let owners: GovernmentOwners | null = null;
  return () => (owners ??= findGovernmentOwners(scan, mentions));
}
