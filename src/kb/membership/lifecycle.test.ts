import { describe, expect, it } from 'vitest';
import type { EventEvidence, MembershipFact } from './evidence.js';
import { membersAsOf } from './lifecycle.js';
import { membershipReports } from './reports.js';
import { AA, ABRAHAM, ev } from './__fixtures__/events.js';

const ctx = (first: string | null, events: EventEvidence[]) => ({ firstReport: first, brokerDocs: new Set(events.map((e) => e.docId)) });
const statusOf = (events: EventEvidence[], asOf: string, facts: MembershipFact[] = [], first: string | null = '2020-08-13') =>
  Object.fromEntries(membersAsOf(membershipReports(ABRAHAM, events, ctx(first, events)), facts, asOf).map((m) => [m.state, `${m.stage} ${m.since}`]));

const story = [
  ev('2020-08-13', 'occurred', 'establish_relations', ['ISR', 'ARE']),
  ev('2020-08-13', 'expected', 'sign', ['ISR', 'ARE']),
  ev('2020-09-11', 'occurred', 'establish_relations', ['BHR'], ['ISR']),
  ev('2020-09-15', 'occurred', 'sign', ['ARE', 'BHR'], ['ISR']),
  ev('2020-10-23', 'occurred', 'establish_relations', ['SDN', 'ISR']),
  ev('2021-01-06', 'occurred', 'sign', ['SDN'], ['USA'], { agreement: AA }),
];

describe('membership lifecycle', () => {
  const cases: [string, EventEvidence[], string, Record<string, string>][] = [
    ['before anything', story, '2020-08-12', {}],
    ['announced on the day of the deal, both sides', story, '2020-08-13', { ISR: 'announced 2020-08-13', ARE: 'announced 2020-08-13' }],
    ['a normalization not naming the accords counts in scope', story, '2020-09-11',
      { ISR: 'announced 2020-08-13', ARE: 'announced 2020-08-13', BHR: 'announced 2020-09-11' }],
    ['a signing', story, '2020-09-15', { ISR: 'signed 2020-09-15', ARE: 'signed 2020-09-15', BHR: 'signed 2020-09-15' }],
    ['the broker is never a member through news; a named signing counts', story, '2021-01-06',
      { ISR: 'signed 2020-09-15', ARE: 'signed 2020-09-15', BHR: 'signed 2020-09-15', SDN: 'signed 2021-01-06' }],
    ['a promised signing is not a signing', [ev('2020-09-09', 'expected', 'sign', ['ISR', 'ARE'])], '2020-09-10', {}],
    ['expected joining of the named agreement', [ev('2025-11-06', 'expected', 'join', ['KAZ'], [], { agreement: AA })], '2025-11-06', { KAZ: 'expected 2025-11-06' }],
    ['expected, then denied', [ev('2025-11-06', 'expected', 'join', ['KAZ'], [], { agreement: AA }),
      ev('2025-11-07', 'denied', 'join', ['KAZ'], [], { agreement: AA })], '2025-11-08', {}],
    ['expected, then announced', [ev('2025-11-06', 'expected', 'join', ['KAZ'], [], { agreement: AA }),
      ev('2025-11-07', 'occurred', 'join', ['KAZ'], [], { agreement: AA })], '2025-11-08', { KAZ: 'announced 2025-11-07' }],
    ['a normalization before the agreement existed does not count', [ev('1979-12-31', 'occurred', 'establish_relations', ['EGY'], ['ISR'], { docDate: '2020-08-13' })], '2020-09-01', {}],
    ['hoped-for normalization without the agreement named does not count', [ev('2020-09-23', 'expected', 'establish_relations', ['SAU'], ['ISR'])], '2020-09-30', {}],
    ['a denial does not count', [ev('2020-08-19', 'denied', 'establish_relations', ['SAU'], ['ISR'])], '2020-09-30', {}],
    ['another agreement never changes this one', [ev('2025-11-10', 'occurred', 'sign', ['KAZ', 'ISR'], [], { agreement: 'agreement:board-of-peace' })], '2025-12-01', {}],
    ['a many-party signing is not a normalization with Israel', [ev('2025-11-10', 'occurred', 'sign', ['ISR', 'KAZ', 'EGY', 'JOR'])], '2025-12-01', {}],
    ['without a first report there is no scope', [ev('2020-09-11', 'occurred', 'establish_relations', ['BHR'], ['ISR'])], '2020-09-30', {}],
    ['an implicit signing needs the state announced first', [ev('2020-12-22', 'occurred', 'sign', ['IND'], ['ISR'])], '2020-12-30', {}],
    ['a withdrawal ends it', [ev('2020-09-11', 'occurred', 'join', ['BHR'], [], { agreement: AA }),
      ev('2023-01-01', 'occurred', null, ['BHR'], [], { agreement: AA, type: 'RETREAT' })], '2023-02-01', { BHR: 'withdrawn 2023-01-01' }],
    ['predicted events are predictions, not steps', [ev('2025-11-06', 'expected', 'join', ['SAU'], [], { agreement: AA, predicted: true })], '2025-11-06', {}],
  ];
  it.each(cases)('%s', (_n, events, asOf, want) => {
    const first = _n.startsWith('without a first report') ? null : '2020-08-13';
    expect(statusOf(events, asOf, [], first)).toEqual(want);
  });

  it('reference facts count from their date, beside news', () => {
    const facts: MembershipFact[] = [
      { agreement: AA, state: 'MAR', stage: 'announced', date: '2020-12-10', source: 'https://example.org/a' },
      { agreement: AA, state: 'MAR', stage: 'signed', date: '2020-12-22', source: 'https://example.org/b' },
    ];
    expect(statusOf([], '2020-12-09', facts)).toEqual({});
    expect(statusOf([], '2020-12-10', facts)).toEqual({ MAR: 'announced 2020-12-10' });
    expect(statusOf([ev('2025-11-06', 'expected', 'join', ['KAZ'], [], { agreement: AA })], '2025-11-06', facts))
      .toEqual({ MAR: 'signed 2020-12-22', KAZ: 'expected 2025-11-06' });
  });

  it('does not depend on the order events come in', () => {
    const shuffled = [...story].reverse();
    expect(statusOf(shuffled, '2020-09-15')).toEqual(statusOf(story, '2020-09-15'));
  });

  it('gives the spans of its sources', () => {
    const [m] = membersAsOf(membershipReports(ABRAHAM, [story[2]], ctx('2020-08-13', [story[2]])), [], '2020-09-11').filter((x) => x.state === 'BHR');
    expect(m.sources).toEqual([{ doc: 'doc-2020-09-11', start: 0, end: 10, date: '2020-09-11' }]);
  });
});

describe('a signing completed by a normalization of the same sentence', () => {
  const sentence = { docId: 'd', span: { start: 5, end: 90 } };
  const cases: [string, EventEvidence[], Record<string, string>][] = [
    ['gets its counterpart', [
      ev('2020-09-10', 'occurred', 'establish_relations', ['ARE'], ['ISR'], { docId: 'd0', span: { start: 0, end: 9 } }),
      ev('2020-09-15', 'occurred', 'sign', ['ARE'], [], sentence),
      ev('2020-09-15', 'occurred', 'establish_relations', ['ARE'], ['ISR'], sentence)],
    { ARE: 'signed 2020-09-15', ISR: 'signed 2020-09-15' }],
    ['not from another sentence', [
      ev('2020-09-10', 'occurred', 'establish_relations', ['ARE'], ['ISR'], { docId: 'd0', span: { start: 0, end: 9 } }),
      ev('2020-09-15', 'occurred', 'sign', ['ARE'], [], sentence),
      ev('2020-09-15', 'occurred', 'establish_relations', ['ARE'], ['ISR'], { ...sentence, span: { start: 95, end: 120 } })],
    { ARE: 'announced 2020-09-10', ISR: 'announced 2020-09-10' }],
    ['not when the normalization leaves a signer out', [
      ev('2020-09-10', 'occurred', 'establish_relations', ['ARE'], ['ISR'], { docId: 'd0', span: { start: 0, end: 9 } }),
      ev('2020-09-15', 'occurred', 'sign', ['ARE', 'QAT'], [], sentence),
      ev('2020-09-15', 'occurred', 'establish_relations', ['ARE'], ['ISR'], sentence)],
    { ARE: 'announced 2020-09-10', ISR: 'announced 2020-09-10' }],
  ];
  it.each(cases)('%s', (_n, events, want) => {
    expect(statusOf(events, '2020-12-31')).toEqual(want);
  });
});

describe('a joining told as an announcement', () => {
  const cues = ['announce', 'confirm'];
  const join = (frame: EventEvidence['frame'], status: EventEvidence['status'] = 'expected', mode = 'join') =>
    ev('2025-11-06', status, mode, ['KAZ'], [], { agreement: AA, frame });
  const at = (e: EventEvidence) => Object.fromEntries(membersAsOf(membershipReports(ABRAHAM, [e],
    { firstReport: '2025-11-06', brokerDocs: new Set(), announcementCues: cues }), [], '2025-11-30').map((m) => [m.state, m.stage]));
  const cases: [string, EventEvidence, Record<string, string>][] = [
    ['"Trump announced that Kazakhstan will join"', join({ cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }), { KAZ: 'announced' }],
    ['a headline: "Trump announces …"', join({ cue: 'announce', text: 'announces', speaker: 'person:donald-trump' }), { KAZ: 'announced' }],
    ['"the government confirmed it will join"', join({ cue: 'confirm', text: 'confirmed', speaker: 'KAZ' }), { KAZ: 'announced' }],
    ['"is expected to announce"', join({ cue: 'announce', text: 'announce', speaker: 'person:donald-trump' }), { KAZ: 'expected' }],
    ['"we\'re announcing"', join({ cue: 'announce', text: 'announcing', speaker: 'person:steve-witkoff' }), { KAZ: 'expected' }],
    ['no named speaker', join({ cue: 'announce', text: 'announced', speaker: null }), { KAZ: 'expected' }],
    ['"according to officials"', join({ cue: 'according to', text: 'according to', speaker: 'USA' }), { KAZ: 'expected' }],
    ['a promised signing stays promised', join({ cue: 'announce', text: 'announced', speaker: 'USA' }, 'expected', 'sign'), { KAZ: 'expected' }],
    ['the announcement counts from the day the text gives', { ...join({ cue: 'announce', text: 'announced', speaker: 'USA' }), docDate: '2025-11-07', date: '2025-11-07', timeValue: '2025-11-06' }, { KAZ: 'announced' }],
    ['a possible joining is not announced', join({ cue: 'announce', text: 'announced', speaker: 'USA' }, 'possible'), {}],
  ];
  it.each(cases)('%s', (_n, e, want) => {
    expect(at(e)).toEqual(want);
  });
});
