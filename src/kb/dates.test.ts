import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, effectiveDate, timexInterval } from './dates.js';

describe('timexInterval', () => {
  const cases: [string, [string, string] | null][] = [
    ['2020-09-15', ['2020-09-15', '2020-09-15']],
    ['2025-11-06TEV', ['2025-11-06', '2025-11-06']],
    ['2020-09', ['2020-09-01', '2020-09-30']],
    ['2020-02', ['2020-02-01', '2020-02-29']],
    ['2020-W33', ['2020-08-10', '2020-08-16']],
    ['2021-W01', ['2021-01-04', '2021-01-10']],
    ['2020-W53', ['2020-12-28', '2021-01-03']],
    ['2020-Q4', ['2020-10-01', '2020-12-31']],
    ['1979', ['1979-01-01', '1979-12-31']],
    ['P4Y', null],
    ['PRESENT_REF', null],
  ];
  it.each(cases)('%s', (value, want) => {
    const i = timexInterval(value);
    expect(i ? [i.start, i.end] : null).toEqual(want);
  });
});

describe('effectiveDate', () => {
  const cases: [string, string | null, string, string][] = [
    ['occurred', '2020-09-15', '2020-09-16', '2020-09-15'],
    ['occurred', null, '2020-09-16', '2020-09-16'],
    ['occurred', '1979', '2020-08-13', '1979-12-31'],
    ['occurred', '2020-08', '2020-08-19', '2020-08-19'],
    ['occurred', '2020-10', '2021-01-06', '2020-10-31'],
    ['expected', '2020-09-15', '2020-09-09', '2020-09-09'],
    ['occurred', '2020-09-20', '2020-09-16', '2020-09-16'],
  ];
  it.each(cases)('%s %s reported %s', (status, value, docDate, want) => {
    expect(effectiveDate(status, value, docDate)).toBe(want);
  });
});

describe('addDays and daysBetween', () => {
  const cases: [string, number, string][] = [
    ['2025-11-06', -7, '2025-10-30'],
    ['2025-11-06', 0, '2025-11-06'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-11-06T18:00', -1, '2025-11-05'],
  ];
  it.each(cases)('%s %+d days', (day, n, want) => {
    expect(addDays(day, n)).toBe(want);
    expect(daysBetween(day, want)).toBe(n);
  });
  it('counts backwards as negative', () => expect(daysBetween('2020-09-16', '2020-09-15')).toBe(-1));
});
