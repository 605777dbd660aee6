import { describe, expect, it } from 'vitest';
import { deadlineOf, periodOf } from './deadline.js';
import { runTimes } from './fixture.js';

describe('deadlineOf', () => {
  it.each([
    ['before Nov. 3', { type: 'DATE', value: '2020-11-03', signal: 'before' }, '2020-10-01', '2020-11-02'],
    ["before the year's end", { type: 'DATE', value: '2025', mod: 'END', signal: 'before' }, '2025-11-06', '2025-12-31'],
    ['by the end of 2026', { type: 'DATE', value: '2026', mod: 'END', signal: 'by' }, '2025-11-06', '2026-12-31'],
    ['before 2026', { type: 'DATE', value: '2026', signal: 'before' }, '2025-11-06', '2025-12-31'],
    ['by March', { type: 'DATE', value: '2026-03', signal: 'by' }, '2025-11-06', '2026-03-31'],
    ['in the fourth quarter', { type: 'DATE', value: '2025-Q4', signal: 'in' }, '2025-11-06', '2025-12-31'],
    ['within 90 days', { type: 'DURATION', value: 'P90D', signal: 'within' }, '2025-11-06', '2026-02-04'],
    ['in the next 90 days', { type: 'DURATION', value: 'P90D', signal: 'in' }, '2025-11-06', '2026-02-04'],
    ['in the next day or two', { type: 'DURATION', value: 'P2D', signal: 'in' }, '2025-11-06', '2025-11-08'],
    ['within two weeks', { type: 'DURATION', value: 'P2W', signal: 'within' }, '2025-11-06', '2025-11-20'],
    ['within days', { type: 'DURATION', value: 'PXD', signal: 'within' }, '2025-11-06', null],
    ['after Friday', { type: 'DATE', value: '2025-11-07', signal: 'after' }, '2025-11-06', null],
    ['soon', { type: 'DATE', value: 'FUTURE_REF', signal: null }, '2025-11-06', null],
  ] as const)('%s', (_name, expr, doc, expected) => {
    expect(deadlineOf(expr, doc)).toBe(expected);
  });

  it('works on the stage output', () => {
    const doc = '2025-11-06';
    const text = 'A deal could come before the year’s end, or in the next day or two, or within 90 days.';
    expect(runTimes(text, doc).map((t) => deadlineOf(t, doc))).toEqual(['2025-12-31', '2025-11-08', '2026-02-04']);
  });
});

describe('periodOf', () => {
  it.each([
    ['2025-W45', '2025-11-03', '2025-11-09'],
    ['2025-W45-WE', '2025-11-08', '2025-11-09'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2025-WI', '2025-12-01', '2026-02-28'],
    ['199', '1990-01-01', '1999-12-31'],
  ])('%s', (v, start, end) => {
    const p = periodOf(v)!;
    const f = (x: { y: number; m: number; d: number }) => `${x.y}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
    expect([f(p.start), f(p.end)]).toEqual([start, end]);
  });
});
