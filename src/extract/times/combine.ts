import type { Cursor } from './cursor.js';
import { readClock } from './parse-clock.js';
import type { Hit, TimeSpec } from './spec.js';

type Parse = (c: Cursor, i: number) => Hit | null;

/**
 * Joins a day and a time of day into one TIME: "Thursday evening", "yesterday afternoon",
 * "noon Thursday", "5 p.m. EST Nov. 9", "mid-afternoon yesterday", "10:35 a.m. Friday".
 */
export function withTimeOfDay(c: Cursor, i: number, core: Parse): Hit | null {
  const lead = leadingTime(c, i);
  if (lead) {
    let j = lead.end;
    if (c.w(j) === ',') j++;
    if (c.w(j) === 'on') j++;
    const day = core(c, j);
    if (day && day.start === j && isDay(day.spec)) return { ...day, start: i, spec: setPod(day.spec, lead.pod) };
    if (lead.standalone) {
      return { start: i, end: lead.end, mod: null, spec: { kind: 'shift', type: 'TIME', unit: 'day', amount: 0, anchor: 'dct', fields: { pod: lead.pod } } };
    }
  }
  return null;
}

/** Extends a day already parsed with a following part of day ("Friday" + "evening"). */
export function extendWithPod(c: Cursor, h: Hit): Hit {
  if (!isDay(h.spec)) return h;
  const w = c.w(h.end);
  const pod = c.k.partsOfDay.get(w);
  if (pod === undefined || w === 'overnight' || w === 'dawn' || w === 'dusk') return h;
  // "Friday night's game" keeps the time; "Saturday Night Live" is a title, filtered later
  return { ...h, end: h.end + 1, spec: setPod(h.spec, pod) };
}

function leadingTime(c: Cursor, i: number): { pod: string; end: number; standalone: boolean } | null {
  // "High Noon" is a film
  if (c.w(i - 1) === 'high') return null;
  const p = c.phrase(c.k.partsOfDay, i, 3);
  if (p && (p.value.startsWith('T') || c.k.standalonePartsOfDay.has(p.key))) return { pod: p.value, end: p.end, standalone: true };
  if (c.w(i) === 'mid' && (c.w(i + 1) === 'afternoon' || c.w(i + 1) === 'morning')) {
    return { pod: c.w(i + 1) === 'afternoon' ? 'AF' : 'MO', end: i + 2, standalone: true };
  }
  const clock = readClock(c, i);
  return clock ? { ...clock, standalone: true } : null;
}

function isDay(s: TimeSpec): boolean {
  if (s.kind === 'calendar') {
    const f = s.fields;
    return f.pod === undefined && (f.weekday !== undefined || f.day !== undefined || f.holiday !== undefined);
  }
  return s.kind === 'shift' && s.unit === 'day' && s.fields.pod === undefined;
}

function setPod(s: TimeSpec, pod: string): TimeSpec {
  if (s.kind === 'calendar') return { ...s, type: 'TIME', fields: { ...s.fields, pod } };
  if (s.kind === 'shift') return { ...s, type: 'TIME', fields: { ...s.fields, pod } };
  return s;
}
