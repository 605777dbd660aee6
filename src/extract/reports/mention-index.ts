import type { Analysis, Entity, Mention } from '../../core/analysis.js';

/** Mentions by token, for the frame and quote stages: which entity a span of tokens names. */
export interface MentionIndex {
  /** The mentions lying within tokens [first, last], in text order. */
  within(first: number, last: number): readonly Mention[];
  /** The mention whose last token is `i`, if any. */
  endingAt(i: number): Mention | undefined;
  /** The mention covering token `i`, if any. */
  at(i: number): Mention | undefined;
  entity(id: string): Entity | undefined;
  /** The state an entity belongs to (the state itself for a state). */
  stateOf(id: string): string | null;
}

/** Indexes the analysis's mentions by token (linear in tokens + mentions). */
export function indexMentions(a: Analysis): MentionIndex {
  const covering: (Mention | undefined)[] = new Array(a.tokens.length);
  const ending = new Map<number, Mention>();
  const sorted = [...a.mentions].sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  for (const m of sorted) {
    for (let i = m.tokenStart; i < m.tokenEnd && i < covering.length; i++) covering[i] ??= m;
    if (!ending.has(m.tokenEnd - 1)) ending.set(m.tokenEnd - 1, m);
  }
  return {
    within(first, last) {
      const out: Mention[] = [];
      for (let i = Math.max(0, first); i <= last && i < covering.length; i++) {
        const m = covering[i];
        if (m && out[out.length - 1] !== m && m.tokenStart >= first && m.tokenEnd - 1 <= last) out.push(m);
      }
      return out;
    },
    endingAt: (i) => ending.get(i),
    at: (i) => covering[i],
    entity: (id) => a.entities.get(id),
    stateOf(id) {
      if (/^[A-Z]{3}$/.test(id)) return id;
      return a.entities.get(id)?.state ?? null;
    },
  };
}
