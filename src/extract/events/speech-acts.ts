import type { Entity, ReportFrame } from '../../core/analysis.js';
import type { ParticipantOut, PloverType } from '../../core/contract.js';
import type { CameoCrosswalk } from '../../lang/en/events/cameo.js';
import type { EventDraft } from './draft.js';
import { statesOf } from './participants.js';

const FIRM = new Set(['will', "'ll", 'shall']);
const COOPERATIVE = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const ANNOUNCEABLE_THREATS = new Set<PloverType>(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE', 'PROTEST']);

/**
 * A statement of intent is an event of its own (our annotation guide, convention 1; PLOVER codes
 * statements of intent by what they announce): when the speaker of a report announces their own
 * future action, the announcement is a promise (AGREE) for a cooperative action, a THREATEN for a
 * coercive one or one held over the recipient by "unless" ("will withdraw its force unless …"),
 * and a REJECT when they say they will not act. An unnamed reporter ("diplomatic sources said")
 * passes on the actor's own intent. It occurred, and the article reports it itself (attribution []).
 *
 * @example intentActOf(draft("Hungary said it will support …"), frame, …, false)  // { type: 'AGREE', status: 'occurred' }
 */
export function intentActOf(d: EventDraft, frame: ReportFrame | null | undefined, entities: ReadonlyMap<string, Entity>,
  cameo: CameoCrosswalk, unless: boolean): { type: PloverType; cameo: string } | null {
  if (d.status !== 'expected' && d.status !== 'possible' && d.status !== 'denied') return null;
  if (!d.group || (!d.group.modal && !d.group.controllers.length)) return null;
  const src = actorsOf(d.source);
  if (!src.size) return null;
  const reported = frame && frame.kind !== 'act' && frame.kind !== 'source';
  if (reported && frame.speakerEntities.length) {
    const speaker = speakerStates(frame, entities);
    for (const id of frame.speakerEntities) speaker.add(id);
    if (![...src].some((s) => speaker.has(s))) return null;
  } else if (!d.explicitSource || d.status !== 'expected' || !FIRM.has(d.group.modal ?? '')) {
    // unreported (or by an unnamed source): only a firm "X will …" with X named is the actor's own commitment
    return null;
  }
  if (d.status === 'denied') return d.type === 'REJECT' ? null : { type: 'REJECT', cameo: '120' };
  if (ANNOUNCEABLE_THREATS.has(d.type) || unless && d.type !== 'THREATEN') return { type: 'THREATEN', cameo: '130' };
  if (COOPERATIVE.has(d.type) && d.type !== 'AGREE') return { type: 'AGREE', cameo: cameo.intentOf.get(d.type) ?? '030' };
  return null;
}

/** The states of a participant list, and the ids of the stateless ones (an international body). */
function actorsOf(parts: readonly ParticipantOut[]): Set<string> {
  const out = statesOf(parts);
  for (const p of parts) if (!p.state) out.add(p.entity);
  return out;
}

export function speakerStates(frame: ReportFrame, entities: ReadonlyMap<string, Entity>): Set<string> {
  const out = new Set<string>();
  for (const id of frame.speakerEntities) {
    const e = entities.get(id);
    const st = e ? (e.kind === 'state' ? e.id : e.state) : /^[A-Z]{3}$/.test(id) ? id : null;
    if (st) out.add(st);
  }
  return out;
}

/** The speaker of a frame as participants. */
export function speakerParticipants(frame: ReportFrame, entities: ReadonlyMap<string, Entity>): ParticipantOut[] {
  const out: ParticipantOut[] = [];
  for (const id of frame.speakerEntities) {
    const e = entities.get(id);
    if (e) out.push({ entity: e.id, state: e.kind === 'state' ? e.id : e.state });
    else if (/^[A-Z]{3}$/.test(id)) out.push({ entity: id, state: id });
  }
  return out;
}

const OWN_DEED = /^\s+(?:responsibility|credit)\b/i;
const FORCE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'THREATEN']);

/**
 * A claim that another actor used force is an accusation (PLOVER ACCUSE, CAMEO 112): "The US
 * claimed that ISIL had attacked Iraq" is ACCUSE by the US on ISIL as well as the attack it reports.
 * Only for cues of claiming (`claimCues`), when the actor of the claimed act is not the speaker.
 *
 * @example claimedAccusation(draft("ISIL had attacked Iraq"), frame("The US claimed"), …)  // { source: [USA], target: [ISIL] }
 */
export function claimedAccusation(d: EventDraft, frame: ReportFrame | null | undefined, entities: ReadonlyMap<string, Entity>,
  claimCues: ReadonlySet<string>, text: string): { source: ParticipantOut[]; target: ParticipantOut[] } | null {
  if (!frame || frame.kind === 'act' || !claimCues.has(frame.cue.lemma.toLowerCase()) || !FORCE.has(d.type) || !d.source.length) return null;
  // "is claiming responsibility for the attack": a claim of one's own deed
  if (OWN_DEED.test(text.slice(frame.cue.end, frame.cue.end + 20))) return null;
  const source = speakerParticipants(frame, entities);
  if (!source.length || source.some((p) => d.source.some((q) => q.entity === p.entity || q.state && q.state === p.state))) return null;
  return { source, target: d.source };
}
