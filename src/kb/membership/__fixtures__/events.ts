import type { AgreementDef } from '../catalog.js';
import type { EventEvidence } from '../evidence.js';

export const AA = 'agreement:abraham-accords';

export const ABRAHAM: AgreementDef = {
  id: AA, name: 'Abraham Accords', aliases: [], sources: [],
  scope: { description: 'normalization with Israel, US-brokered', counterpart: 'ISR', brokers: ['USA'], maxNewParties: 2 },
};

let n = 0;
/** A compact event: `ev('2020-09-11', 'occurred', 'establish_relations', ['BHR'], ['ISR'])`. */
export function ev(date: string, status: EventEvidence['status'], mode: string | null, source: string[], target: string[] = [],
  more: Partial<EventEvidence> = {}): EventEvidence {
  const id = `e${n++}`;
  return {
    eventId: id, docId: more.docId ?? `doc-${date}`, docDate: more.docDate ?? date, date, status, type: more.type ?? 'AGREE', mode,
    agreement: null, predicted: false, span: { start: 0, end: 10 },
    parties: [...source.map((s) => ({ role: 'source' as const, entity: s, state: s })), ...target.map((t) => ({ role: 'target' as const, entity: t, state: t }))],
    ...more,
  };
}
