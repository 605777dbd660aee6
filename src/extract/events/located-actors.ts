import type { Entity, Mention, Token } from '../../core/analysis.js';
import type { ActorModifiers } from '../../lang/en/events/actor-modifiers.js';

/** Prepositions that place an event somewhere ("arrested in Lebanon", "killed near Samarra"). */
const LOCATIVE = new Set(['in', 'near', 'inside', 'outside', 'across', 'throughout', 'into', 'at']);
/** Words allowed between the preposition and the place: "in southern Lebanon", "in the Gaza Strip". */
const MAX_MODIFIERS = 3;

/**
 * How a state's mention reads in its phrase: `actor` (it acts or is acted on), `place` (a modifier
 * that only locates or describes: "the Israeli-occupied West Bank", "pro-Iranian", "on the Thai
 * border", "Israel's militia ally"), or `ethnic` (an ethnic group, which CAMEO codes by the state it lives in: "ethnic
 * Albanians in Serbia" are coded SRB).
 *
 * @example mentionRole(tokens, mention("Thai"), words)  // 'place' in "on the Thai border"
 */
export type MentionRole = 'actor' | 'place' | 'ethnic';

export function mentionRole(tokens: readonly Token[], m: Mention, w: ActorModifiers): MentionRole {
  const next = tokens[m.tokenEnd], after = tokens[m.tokenEnd + 1];
  if (next?.text === '-' && after && w.hyphenParticiples.has(after.lower)) return 'place';
  const prev = tokens[m.tokenStart - 1], before = tokens[m.tokenStart - 2];
  if (prev?.text === '-' && before && w.hyphenPrefixes.has(before.lower)) return 'place';
  // "Macedonia's border", "the Thai border": a place unless the border's agents follow ("Thai border guards")
  const nounAt = next?.kind === 'clitic' ? m.tokenEnd + 1 : m.tokenEnd;
  if (w.borderNouns.has(tokens[nounAt]?.lower ?? '') && !w.borderAgents.has(tokens[nounAt + 1]?.lower ?? '')) return 'place';
  // "Israel's militia ally": the possessor describes whose ally it is
  if (next?.kind === 'clitic' && (w.relations.has(tokens[nounAt]?.lower ?? '') || w.relations.has(tokens[nounAt + 1]?.lower ?? ''))) return 'place';
  if (prev && w.ethnicMarkers.has(prev.lower)) return 'ethnic';
  if (next && w.ethnicHeads.has(next.lower)) return 'ethnic';
  return 'actor';
}

/**
 * The state a locative phrase in [from, to) places an event in: the first state mention right after
 * "in", "near", "at" and up to three modifiers ("in the besieged town of", "in southeastern").
 *
 * @example locativeState(tokens, mentions, entities, 0, 12)  // 'LBN' for "… arrested in southern Lebanon"
 */
export function locativeState(tokens: readonly Token[], mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>,
  from: number, to: number, skip?: Mention): string | null {
  for (const m of mentions) {
    if (m === skip || m.tokenStart < from || m.tokenEnd > to) continue;
    const e = entities.get(m.entityId);
    if (!e || e.kind !== 'state') continue;
    for (let i = m.tokenStart - 1, n = 0; i >= from && n <= MAX_MODIFIERS; i--, n++) {
      const t = tokens[i]!;
      if (LOCATIVE.has(t.lower)) return e.id;
      if (t.kind !== 'word' || t.text[0] !== t.lower[0] && t.lower !== 'the') break;
    }
  }
  return null;
}
