import type { Analysis } from '../core/analysis.js';
import type { EntityOut, EventOut, ExtractionOut } from '../core/contract.js';

/** The contract's JSON view of an analysis (CONTRACT.md §1). */
export function toContract(a: Analysis): ExtractionOut {
  const mentionsOf = new Map<string, EntityOut['mentions']>();
  for (const m of a.mentions) {
    let list = mentionsOf.get(m.entityId);
    if (!list) mentionsOf.set(m.entityId, (list = []));
    list.push({ start: m.start, end: m.end, text: m.text });
  }
  const entities: EntityOut[] = [];
  for (const e of a.entities.values()) {
    const out: EntityOut = { id: e.id, kind: e.kind, name: e.name, state: e.state, role: e.role, mentions: mentionsOf.get(e.id) ?? [] };
    if (e.subtype) out.subtype = e.subtype;
    if (e.members?.length) out.members = [...e.members];
    entities.push(out);
  }
  return {
    doc: { id: a.doc.id, date: a.doc.date, title: a.doc.title },
    entities,
    times: a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value })),
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerText: q.speakerText,
      speakerStart: q.speakerStart, speakerEnd: q.speakerEnd,
    })),
    events: a.events.map((e): EventOut => ({
      type: e.type, mode: e.mode, source: e.source, target: e.target, agreement: e.agreement, time: e.time,
      status: e.status, attribution: e.attribution, evidence: e.evidence, cameo: e.cameo,
    })),
    predictions: a.predictions.map((p) => ({
      predictor: p.predictor, madeOn: p.madeOn, deadline: p.deadline, event: p.event, evidence: p.evidence,
    })),
  };
}
