import { table } from './table.js';
import type { ExtractionOut } from '../../core/contract.js';

const who = (r: ExtractionOut, id: string | null) => {
  if (!id) return '';
  return r.entities.find((e) => e.id === id)?.name ?? id;
};

/** Participants as read: a state by its code, anyone else by name and state ("Netanyahu (ISR)"), each once. */
const parties = (r: ExtractionOut, ps: ExtractionOut['events'][number]['source']) => [...new Set(ps.map((p) => {
  if (p.state === p.entity) return p.state;
  const name = who(r, p.entity);
  return p.state ? `${name} (${p.state})` : name;
}))].join(', ');

/** A readable rendering of one extraction result: events, quotes and times as tables. */
export function formatExtraction(r: ExtractionOut): string {
  const parts: string[] = [`${r.doc.id} (${r.doc.date})`];
  const ev = table({ head: ['#', 'event', 'source → target', 'status', 'time', 'according to'], wordWrap: true, colWidths: [4, 22, 28, 10, 16, 28] });
  r.events.forEach((e, i) => ev.push([
    String(i), `${e.type}${e.mode ? `/${e.mode}` : ''}${e.agreement ? `\n${who(r, e.agreement)}` : ''}`,
    `${parties(r, e.source)} → ${parties(r, e.target) || '—'}`,
    e.status, e.time ? `${e.time.value}\n“${e.time.text}”` : '', e.attribution.map((a) => a.text).join('; '),
  ]));
  parts.push('Events', ev.toString());
  const q = table({ head: ['quote', 'speaker'], wordWrap: true, colWidths: [70, 40] });
  for (const x of r.quotes) q.push([`“${x.text}”`, `${x.speakerText ?? ''}${x.speaker ? ` [${x.speaker}]` : ''}`]);
  parts.push('Quotes', q.toString());
  const t = table({ head: ['time', 'type', 'value'] });
  for (const x of r.times) t.push([x.text, x.type, x.value ?? '']);
  parts.push('Times', t.toString());
  if (r.predictions.length) {
    const p = table({ head: ['predictor', 'made on', 'deadline', 'event'], wordWrap: true, colWidths: [30, 10, 12, 50] });
    for (const x of r.predictions) {
      const e = r.events[x.event];
      p.push([who(r, x.predictor), x.madeOn ?? '', x.deadline ?? '', e ? `${e.type}${e.mode ? `/${e.mode}` : ''} ${e.source.map((s) => s.state ?? s.entity).join(', ')}` : '']);
    }
    parts.push('Predictions', p.toString());
  }
  return parts.join('\n');
}
