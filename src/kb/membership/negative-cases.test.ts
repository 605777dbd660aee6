import { describe, expect, it } from 'vitest';
import type { EventEvidence } from './evidence.js';
import { membersAsOf } from './lifecycle.js';
import { membershipReports } from './reports.js';
import { AA, ABRAHAM, ev } from './__fixtures__/events.js';

/** Events that must make nobody a member of the Abraham Accords (first reported 2020-08-13). */
const NEGATIVE: [string, EventEvidence][] = [
  ['a normalization before the agreement existed ("after Egypt in 1979")', ev('1979-12-31', 'occurred', 'establish_relations', ['EGY'], ['ISR'], { docDate: '2020-08-13' })],
  ['a standing relation ("Egypt and Jordan remain the only Arab states with full relations")', ev('2020-09-09', 'ongoing', 'establish_relations', ['EGY', 'JOR'], ['ISR'])],
  ['a refusal ("Saudi Arabia will not follow the UAE")', ev('2020-08-19', 'denied', 'establish_relations', ['SAU'], ['ISR'])],
  ['a hedged candidate ("reported to be among the countries looking to forge ties")', ev('2020-09-23', 'possible', 'establish_relations', ['OMN'], ['ISR'])],
  ['a hoped-for normalization not naming the agreement', ev('2020-09-23', 'expected', 'establish_relations', ['SAU'], ['ISR'])],
  ['a wish ("we would welcome Saudi Arabia to be next")', ev('2020-09-23', 'ongoing', null, ['USA'], ['SAU'], { agreement: AA, type: 'REQUEST' })],
  ['a promised signing of states not yet members', ev('2020-09-09', 'expected', 'sign', ['OMN'], ['ISR'])],
  ['another body\'s charter', ev('2025-11-20', 'occurred', 'sign', ['KAZ', 'ISR'], [], { agreement: 'agreement:board-of-peace' })],
  ['a many-party statement', ev('2025-11-20', 'occurred', 'sign', ['ISR', 'KAZ', 'EGY', 'JOR'])],
  ['a signing with Israel by a state never announced', ev('2020-12-22', 'occurred', 'sign', ['IND'], ['ISR'])],
  ['the broker signing as a witness', ev('2020-09-15', 'occurred', 'sign', ['USA'], [], { agreement: AA })],
  ['a predicted joining', ev('2025-11-06', 'expected', 'join', ['SAU'], [], { agreement: AA, predicted: true })],
  ['a possible joining of the named agreement', ev('2025-11-06', 'possible', 'join', ['SAU'], [], { agreement: AA })],
  ['a normalization in a document naming no broker', ev('2020-09-11', 'occurred', 'establish_relations', ['BHR'], ['ISR'], { docId: 'no-broker' })],
];

describe('events that make nobody a member', () => {
  it.each(NEGATIVE)('%s', (_n, e) => {
    const brokerDocs = new Set([e.docId].filter((d) => d !== 'no-broker'));
    const reports = membershipReports(ABRAHAM, [e], { firstReport: '2020-08-13', brokerDocs, announcementCues: ['announce'] });
    expect(membersAsOf(reports, [], '2030-01-01')).toEqual([]);
  });
});
