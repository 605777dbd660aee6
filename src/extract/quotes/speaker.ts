import type { ReportFrame } from '../../core/analysis.js';
import type { MentionIndex } from '../reports/mention-index.js';

/** Who a quote is attributed to: the words naming them, where, and the entity. */
export interface SpeakerChoice {
  readonly text: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly entity: string | null;
}

// the relative pronoun is the cue's own subject: only an auxiliary, an adverb or a short adjunct
// stand between ("who has in the past described")
const RELATIVE = /^(\s*,?\s*)(who|which)(?:\s+[\p{L}']+){0,4}\s*$/iu;

/**
 * A frame's speaker as a quote gives it: for a pronoun, the full mention it refers to as the text,
 * and the pronoun's own span (the words in the quote's sentence that name the speaker, which is
 * what PolNeAR marks as the source); a relative pronoun joins the span ("Trump, who has called the
 * pact “insanity”": the text is Trump, the span "Trump, who").
 */
export function speakerOfFrame(f: ReportFrame, withSpan: boolean, source = ''): SpeakerChoice | null {
  if (!f.speaker) return null;
  const text = f.antecedent?.text ?? f.speaker.text;
  const entity = f.speakerEntities.length ? preferPerson(f.speakerEntities) : null;
  if (!withSpan) return { text, start: null, end: null, entity };
  const rel = f.cue.start > f.speaker.end ? RELATIVE.exec(source.slice(f.speaker.end, f.cue.start)) : null;
  if (rel) {
    const end = f.speaker.end + rel[1]!.length + rel[2]!.length;
    return { text, start: f.speaker.start, end, entity };
  }
  return { text, start: f.speaker.start, end: f.speaker.end, entity };
}

function preferPerson(ids: readonly string[]): string {
  return ids.find((id) => id.startsWith('person:')) ?? ids[0]!;
}

/** The entity a subject phrase names, a person first. */
export function pickSpeakerEntity(ids: readonly string[], _mentions: MentionIndex): string | null {
  return ids.length ? preferPerson(ids) : null;
}
