import type { Analysis, EventRecord, ReportFrame, Sentence } from '../../core/analysis.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { findSubject } from './arguments.js';
import type { SentenceActors } from './participants.js';
import { speakerParticipants } from './speech-acts.js';

const OBLIGATION = new Set(['must', 'should']);

/**
 * A reported obligation is a demand (PLOVER REQUEST): "Russia said Sudan must return the
 * helicopter", "Straw said the rebels must reach an agreement". The speaker demands of the subject
 * of the "must" clause; the demand itself occurred and the article reports it (attribution []).
 *
 * @example demandsIn(analysis, sentence, frames, …)  // [{ type: 'REQUEST', source: [RUS], target: [SDN] }]
 */
export function demandsIn(a: Analysis, s: Sentence, frames: readonly ReportFrame[], k: EventKnowledge, _verbs: VerbLexicon,
  actors: () => SentenceActors): Array<Omit<EventRecord, 'evidence' | 'sentence'>> {
  const out: Array<Omit<EventRecord, 'evidence' | 'sentence'>> = [];
  const at = obligationsIn(a, s);
  if (!at.length) return out;
  for (const f of frames) {
    if (!f.content || f.kind === 'act' || !f.speakerEntities.length) continue;
    for (const i of at) {
      const t = a.tokens[i]!;
      if (t.start < f.content.start || t.end > f.content.end) continue;
      if (k.status.negations.has(a.tokens[i + 1]?.lower ?? '')) continue;
      const subj = findSubject(a.tokens, s.tokenStart, i, k.clause);
      const sa = actors();
      const target = sa.participants(subj.spans.flatMap((sp) => sa.head(sp)));
      const source = speakerParticipants(f, a.entities);
      // "developing countries should increase cooperation": unnamed actors still receive the demand
      const last = subj.spans[0] ? a.tokens[subj.spans[0].end - 1] : undefined;
      const unnamed = !!last && k.clause.actorNouns.has(last.lower);
      if (!(target.length || unnamed) || !source.length) continue;
      out.push({
        type: 'REQUEST', mode: 'demand', source, target, agreement: null, time: null, status: 'occurred', attribution: [],
        cameo: '100', trigger: { start: t.start, end: t.end, text: t.text },
      });
    }
  }
  return out;
}

/** Where a sentence says "must" or "should". */
export function obligationsIn(a: Analysis, s: Sentence): number[] {
  const out: number[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (OBLIGATION.has(a.tokens[i]!.lower)) out.push(i);
  return out;
}
