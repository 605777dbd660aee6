import { describe, expect, it } from 'vitest';
import type { AgreementDef } from './catalog.js';
import type { EventEvidence } from './evidence.js';
import { membersAsOf } from './lifecycle.js';
import { membershipReports } from './reports.js';
import { ev } from './__fixtures__/events.js';

const NAT = 'agreement:north-atlantic-treaty';
const TREATY: AgreementDef = { id: NAT, name: 'North Atlantic Treaty', aliases: [], scope: null, sources: [], bodies: [{ id: 'org:nato', names: ['NATO'] }] };
const nato = (date: string, status: EventEvidence['status'], mode: string | null, source: string[], more: Partial<EventEvidence> = {}) =>
  ev(date, status, mode, source, [], { ...more, parties: [...source.map((s) => ({ role: 'source' as const, entity: s, state: s })), { role: 'target' as const, entity: 'org:nato', state: null }] });

const answer = (events: EventEvidence[], asOf: string) =>
  membersAsOf(membershipReports(TREATY, events, { firstReport: null, brokerDocs: new Set() }), [], asOf).map((m) => [m.state, m.stage, m.since]);

describe('joining and leaving a body the agreement founded', () => {
  it.each<[string, EventEvidence[], string, (string | null)[][]]>([
    ['a joining that happened: the treaty is in force for the state', [nato('2023-04-04', 'occurred', 'join', ['FIN'])], '2023-05-01', [['FIN', 'in_force', '2023-04-04']]],
    ['an awaited joining is expected', [nato('2022-05-18', 'expected', 'join', ['FIN', 'SWE'])], '2022-06-01', [['FIN', 'expected', '2022-05-18'], ['SWE', 'expected', '2022-05-18']]],
    ['expected, then joined', [nato('2022-05-18', 'expected', 'join', ['SWE']), nato('2024-03-07', 'occurred', 'join', ['SWE'])], '2024-04-01', [['SWE', 'in_force', '2024-03-07']]],
    ['joined, then left', [nato('1952-02-18', 'occurred', 'join', ['GRC']), nato('1974-08-14', 'occurred', 'withdraw', ['GRC'], { type: 'RETREAT' })], '1975-01-01', [['GRC', 'withdrawn', '1974-08-14']]],
    ['a rejection in the mode withdraw (withdrew from the treaty) ends it too', [nato('1952-02-18', 'occurred', 'join', ['GRC']), nato('1974-08-14', 'occurred', 'withdraw', ['GRC'], { type: 'REJECT' })], '1975-01-01', [['GRC', 'withdrawn', '1974-08-14']]],
    ['nothing before the date', [nato('2023-04-04', 'occurred', 'join', ['FIN'])], '2023-04-03', []],
  ])('%s', (_name, events, asOf, expected) => {
    expect(answer(events, asOf)).toEqual(expected);
  });
});

describe('events about a body that make nobody a member', () => {
  it.each<[string, EventEvidence]>([
    ['a meeting with the body', nato('2023-04-04', 'occurred', 'meet', ['FIN'], { type: 'CONSULT' })],
    ['an agreement with the body, no joining', nato('2023-04-04', 'occurred', null, ['FIN'])],
    ['the body itself as the joiner\'s source ("NATO signed accession protocols for Finland")', ev('2022-07-05', 'occurred', 'sign', ['org:nato'], ['FIN'])],
    ['a denied joining', nato('2023-04-04', 'denied', 'join', ['UKR'])],
    ['a possible joining', nato('2023-04-04', 'possible', 'join', ['UKR'])],
    ['a predicted joining (left to prediction tracking)', nato('2023-07-11', 'expected', 'join', ['SWE'], { predicted: true })],
    ['a joining of another body', ev('2025-10-26', 'occurred', 'join', ['TLS'], ['org:asean'])],
  ])('%s', (_name, e) => {
    expect(answer([e], '2030-01-01')).toEqual([]);
  });
});
