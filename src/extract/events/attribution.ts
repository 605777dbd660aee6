import type { Entity, Quote, ReportFrame } from '../../core/analysis.js';
import type { AttributionOut, ParticipantOut } from '../../core/contract.js';

/**
 * Who reports an event: the innermost report frame whose content covers the trigger ("according
 * to American and Israeli officials", "the State Department said"), else the speaker of the quote
 * it stands in. Speech acts that are events themselves ("accused", "urged") are not frames of
 * attribution: the article reports the act, so their own events get [].
 *
 * @example attributionAt(1200, frames, quotes, entities)  // [{ entity: 'USA', text: 'American … officials' }]
 */
export function attributionAt(offset: number, frames: readonly ReportFrame[], quotes: readonly Quote[],
  entities: ReadonlyMap<string, Entity>): AttributionOut[] {
  let best: ReportFrame | null = null;
  for (const f of frames) {
    if (!f.content || f.kind === 'act') continue;
    if (offset < f.content.start || offset >= f.content.end) continue;
    if (f.cue.start <= offset && offset < f.cue.end) continue;
    if (!best || f.content.end - f.content.start < best.content!.end - best.content!.start) best = f;
  }
  if (best) return attributionOf(best);
  for (const q of quotes) {
    if (offset < q.start || offset >= q.end) continue;
    if (q.speaker) return [{ entity: q.speaker, text: q.speakerText ?? entities.get(q.speaker)?.name ?? q.speaker }];
    return q.speakerText ? [{ entity: null, text: q.speakerText }] : [];
  }
  return [];
}

/**
 * The frame whose speaker denies what covers the offset ("Kazakh officials denied that Rubio met
 * Tokayev", "denied reports that it would join"): the innermost such frame, or null.
 */
export function denialAt(offset: number, frames: readonly ReportFrame[], denialCues: ReadonlySet<string>): ReportFrame | null {
  let best: ReportFrame | null = null;
  for (const f of frames) {
    if (!f.content || !denialCues.has(f.cue.lemma.toLowerCase())) continue;
    if (offset < f.content.start || offset >= f.content.end) continue;
    if (!best || f.content.end - f.content.start < best.content!.end - best.content!.start) best = f;
  }
  return best;
}

/** The attribution a frame gives: its speaker's entities, or its words when they name no entity. */
export function attributionOf(f: ReportFrame): AttributionOut[] {
  const text = f.speaker?.text ?? f.cue.text;
  if (!f.speakerEntities.length) return [{ entity: null, text }];
  return f.speakerEntities.map((id) => ({ entity: id, text }));
}

/** True when a report frame or a quote covers the offset: the event is someone's statement. */
export function isReported(offset: number, frames: readonly ReportFrame[], quotes: readonly Quote[]): boolean {
  for (const f of frames) if (f.content && f.kind !== 'act' && offset >= f.content.start && offset < f.content.end) return true;
  for (const q of quotes) if (offset >= q.start && offset < q.end) return true;
  return false;
}

/**
 * The speaker of the statement an offset stands in, as participants: the innermost report frame's
 * named speaker, else the quote's. Empty when the statement is the article's own or its speaker unnamed.
 *
 * @example speakerOf(1200, frames, quotes, entities)  // [{ entity: 'person:david-cameron', state: 'GBR' }]
 */
export function speakerOf(offset: number, frames: readonly ReportFrame[], quotes: readonly Quote[],
  entities: ReadonlyMap<string, Entity>): ParticipantOut[] {
  const ids = attributionAt(offset, frames, quotes, entities).map((a) => a.entity).filter((x): x is string => !!x);
  const out: ParticipantOut[] = [];
  for (const id of ids) {
    const e = entities.get(id);
    if (e) out.push({ entity: e.id, state: e.kind === 'state' ? e.id : e.state });
    else if (/^[A-Z]{3}$/.test(id)) out.push({ entity: id, state: id });
  }
  return out;
}

/**
 * The speaker of the direct quote an offset stands in, as participants ("He doesn't know me,"
 * Trump said): where "I" is the speaker and "he" someone else. Empty outside quotes.
 *
 * @example quoteSpeakerOf(3380, quotes, entities)  // [{ entity: 'person:donald-trump', state: 'USA' }]
 */
export function quoteSpeakerOf(offset: number, quotes: readonly Quote[], entities: ReadonlyMap<string, Entity>): ParticipantOut[] {
  for (const q of quotes) {
    if (offset < q.start || offset >= q.end || !q.speaker) continue;
    const e = entities.get(q.speaker);
    return e ? [{ entity: e.id, state: e.kind === 'state' ? e.id : e.state }] : [];
  }
  return [];
}
