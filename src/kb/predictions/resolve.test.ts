import { describe, expect, it } from 'vitest';
import { membershipReports } from '../membership/reports.js';
import { AA, ABRAHAM, ev } from '../membership/__fixtures__/events.js';
import { resolvePrediction, type ClaimTarget, type LifecycleTarget, type PredictionFacts } from './resolve.js';

const story = [
  ev('2020-08-13', 'occurred', 'establish_relations', ['ISR', 'ARE']),
  ev('2020-09-11', 'occurred', 'establish_relations', ['BHR'], ['ISR']),
  ev('2020-09-15', 'occurred', 'sign', ['ARE', 'BHR'], ['ISR']),
  ev('2020-10-23', 'occurred', 'establish_relations', ['SDN', 'ISR']),
  ev('2020-12-10', 'occurred', 'establish_relations', ['MAR'], ['ISR']),
  ev('2021-01-06', 'occurred', 'sign', ['SDN'], ['USA'], { agreement: AA }),
];
const reports = membershipReports(ABRAHAM, story, { firstReport: '2020-08-13', brokerDocs: new Set(story.map((e) => e.docId)) });
const lifecycle = (stage: LifecycleTarget['stage']): LifecycleTarget => ({ kind: 'lifecycle', stage, reports, facts: [], excluded: new Set(['ISR', 'USA']) });
const another = (madeOn: string, deadline: string): PredictionFacts => ({ madeOn, deadline, docDate: madeOn, subjects: [] });

describe('resolvePrediction through a lifecycle', () => {
  const cases: [string, PredictionFacts, LifecycleTarget['stage'], string, string, string | null][] = [
    ['another country within 90 days, before anyone', another('2020-08-13', '2020-11-11'), 'announced', '2020-09-10', 'pending', null],
    ['… fulfilled by the next state announced', another('2020-08-13', '2020-11-11'), 'announced', '2020-09-11', 'fulfilled', 'doc-2020-09-11'],
    ['… and stays fulfilled', another('2020-08-13', '2020-11-11'), 'announced', '2021-01-21', 'fulfilled', 'doc-2020-09-11'],
    ['a signing within two days, on the day', another('2020-09-23', '2020-09-25'), 'signed', '2020-09-23', 'pending', null],
    ['… on its deadline still pending', another('2020-09-23', '2020-09-25'), 'signed', '2020-09-25', 'pending', null],
    ['… failed after its deadline', another('2020-09-23', '2020-09-25'), 'signed', '2020-09-30', 'failed', null],
    ['… a later event does not save it', another('2020-09-23', '2020-09-25'), 'signed', '2021-01-21', 'failed', null],
    ['another before the election', another('2020-10-21', '2020-11-02'), 'announced', '2020-10-23', 'fulfilled', 'doc-2020-10-23'],
    ['a fifth country: a state already announced signing does not count', another('2020-12-23', '2021-01-20'), 'announced', '2021-01-06', 'pending', null],
    ['… failed once the deadline passed', another('2020-12-23', '2021-01-20'), 'announced', '2021-01-21', 'failed', null],
    ['a named state that never joins', { madeOn: '2025-10', deadline: '2025-12-31', docDate: '2025-11-06', subjects: ['SAU'] }, 'announced', '2025-12-01', 'pending', null],
    ['… failed after the year ends', { madeOn: '2025-10', deadline: '2025-12-31', docDate: '2025-11-06', subjects: ['SAU'] }, 'announced', '2026-01-02', 'failed', null],
    ['a named state that does', { madeOn: '2020-10-21', deadline: '2020-12-31', docDate: '2020-10-21', subjects: ['MAR'] }, 'announced', '2021-01-21', 'fulfilled', 'doc-2020-12-10'],
    ['no deadline stays pending', { madeOn: '2020-10-21', deadline: null, docDate: '2020-10-21', subjects: ['SAU'] }, 'announced', '2030-01-01', 'pending', null],
  ];
  it.each(cases)('%s', (_n, p, stage, asOf, outcome, doc) => {
    const r = resolvePrediction(p, lifecycle(stage), asOf);
    expect([r.outcome, r.resolvedBy?.doc ?? null]).toEqual([outcome, doc]);
  });
});

describe('resolvePrediction through a claim', () => {
  const target: ClaimTarget = { kind: 'claim', reports: [
    { subject: 'RUS', doc: 'a', date: '2025-08-01', status: 'expected' },
    { subject: 'RUS', doc: 'b', date: '2025-08-15', status: 'occurred' },
  ] };
  const cases: [string, string, string, string][] = [
    ['before it happens', '2025-08-10', 'pending', ''],
    ['once it happened in time', '2025-08-20', 'fulfilled', 'b'],
  ];
  it.each(cases)('%s', (_n, asOf, outcome, doc) => {
    const r = resolvePrediction({ madeOn: '2025-08-01', deadline: '2025-08-31', docDate: '2025-08-01', subjects: ['RUS'] }, target, asOf);
    expect([r.outcome, r.resolvedBy?.doc ?? '']).toEqual([outcome, doc]);
  });
  it('fails when it happened after the deadline', () => {
    const r = resolvePrediction({ madeOn: '2025-08-01', deadline: '2025-08-10', docDate: '2025-08-01', subjects: ['RUS'] }, target, '2025-09-01');
    expect(r.outcome).toBe('failed');
  });
});
