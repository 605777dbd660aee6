import { describe, expect, it } from 'vitest';
import { claimStatusAsOf, type ClaimReport } from './claim-status.js';

const r = (date: string, status: ClaimReport['status'], doc = `d-${date}`): ClaimReport => ({ doc, date, status });

describe('claimStatusAsOf', () => {
  const cases: [string, ClaimReport[], string, string | null][] = [
    ['nothing known yet', [r('2020-09-15', 'occurred')], '2020-09-14', null],
    ['expected, then it happens', [r('2020-08-13', 'expected'), r('2020-09-15', 'occurred')], '2020-09-15', 'occurred'],
    ['expected before it happens', [r('2020-08-13', 'expected'), r('2020-09-15', 'occurred')], '2020-09-14', 'expected'],
    ['a fact stays a fact when later only expected', [r('2020-09-15', 'occurred'), r('2020-10-01', 'expected')], '2020-12-31', 'occurred'],
    ['a later denial contradicts a confirmation', [r('2020-09-15', 'occurred'), r('2020-09-20', 'denied')], '2020-12-31', 'contradicted'],
    ['contradiction stays', [r('2020-09-15', 'occurred'), r('2020-09-20', 'denied'), r('2020-09-21', 'occurred')], '2020-12-31', 'contradicted'],
    ['same-day confirmation and denial', [r('2020-09-15', 'denied', 'a'), r('2020-09-15', 'occurred', 'b')], '2020-09-15', 'contradicted'],
    ['a denial then a later fact: the situation changed', [r('2020-08-19', 'denied'), r('2021-01-06', 'occurred')], '2021-01-06', 'occurred'],
    ['expected then denied', [r('2025-11-06', 'expected'), r('2025-11-07', 'denied')], '2025-11-30', 'denied'],
    ['denied then expected again', [r('2025-11-06', 'denied'), r('2025-11-07', 'expected')], '2025-11-30', 'expected'],
    ['of a day, expected beats possible', [r('2025-11-06', 'expected', 'a'), r('2025-11-06', 'possible', 'b')], '2025-11-06', 'expected'],
    ['ongoing counts as a fact', [r('2020-01-01', 'ongoing'), r('2020-02-01', 'denied')], '2020-03-01', 'contradicted'],
    ['order of the list does not matter', [r('2020-09-15', 'occurred'), r('2020-08-13', 'expected')], '2020-08-20', 'expected'],
  ];
  it.each(cases)('%s', (_name, history, asOf, want) => {
    expect(claimStatusAsOf(history, asOf)).toBe(want);
  });
});
