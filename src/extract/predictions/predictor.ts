import type { Analysis, Entity, ReportFrame } from '../../core/analysis.js';

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/**
 * Who forecasts: the person speaking in the report frame (a pronoun speaker — "he said" — is the
 * last named person who spoke in the sentences before), else an organization, else a state named
 * as the speaker itself ("Riyadh said"). Unnamed sources ("U.S. envoy", "officials") make no prediction.
 *
 * @example predictorOf(frame, a, frames)  // 'person:jared-kushner'
 */
export function predictorOf(frame: ReportFrame, a: Analysis, earlier: readonly ReportFrame[]): string | null {
  if (frame.speaker && PRONOUN.test(frame.speaker.text.trim())) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const f = earlier[i]!;
      if (f.sentence < frame.sentence - 3) break;
      if (f.speaker && PRONOUN.test(f.speaker.text.trim())) continue;
      const p = pick(f, a.entities, a);
      if (p) return p;
    }
  }
  return pick(frame, a.entities, a);
}

function pick(frame: ReportFrame, entities: ReadonlyMap<string, Entity>, a: Analysis): string | null {
  const ents = frame.speakerEntities.map((id) => entities.get(id)).filter((e): e is Entity => !!e);
  const person = ents.find((e) => e.kind === 'person');
  if (person) return person.id;
  const org = ents.find((e) => e.kind === 'organization' && e.subtype !== 'media');
  if (org) return org.id;
  const sp = frame.speaker;
  if (!sp) return null;
  const state = a.mentions.find((m) => m.start === sp.start && m.end === sp.end && entities.get(m.entityId)?.kind === 'state');
  return state ? state.entityId : null;
}
