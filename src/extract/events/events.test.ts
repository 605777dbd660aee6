import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Kazakhstan', 'KAZ', 'state', null], ['Abraham Accords', 'agreement:abraham-accords', 'agreement', null],
  ['Rubio', 'person:marco-rubio', 'person', 'USA'], ['Tokayev', 'person:kassym-jomart-tokayev', 'person', 'KAZ'],
  ['Hungarian', 'HUN', 'state', null, 'demonym'], ['Romanian', 'ROU', 'state', null], ['Congolese', 'COD', 'state', null],
  ['Burundian', 'BDI', 'state', null], ['Israel', 'ISR', 'state', null], ['Pakistan', 'PAK', 'state', null],
  ['Iraq', 'IRQ', 'state', null], ['Iran', 'IRN', 'state', null], ['Saudi Arabia', 'SAU', 'state', null],
  ['Lebanon', 'LBN', 'state', null], ['Finland', 'FIN', 'state', null], ['Tanzania', 'TZA', 'state', null],
  ['Netanyahu', 'person:benjamin-netanyahu', 'person', 'ISR'], ['Zambia', 'ZMB', 'state', null], ['Britain', 'GBR', 'state', null],
  ['Turkish', 'TUR', 'state', null], ['Iraqi', 'IRQ', 'state', null], ['Obama', 'person:barack-obama', 'person', 'USA'],
  ['Putin', 'person:vladimir-putin', 'person', 'RUS'], ['Switzerland', 'CHE', 'state', null],
  ['NATO', 'org:nato', 'organization', null], ['France', 'FRA', 'state', null],
];

type Want = { type: string; mode?: string | null; status: string; source: string[]; target?: string[]; agreement?: string | null };

const CASES: Array<[string, string, Want[]]> = [
  ['Rubio met Tokayev on Thursday.', '2025-11-06', [{ type: 'CONSULT', status: 'occurred', source: ['USA'], target: ['KAZ'] }]],
  ['Kazakhstan is poised to become the latest country to join the Abraham Accords.', '2025-11-06',
    [{ type: 'AGREE', mode: 'join', status: 'expected', source: ['KAZ'], agreement: 'agreement:abraham-accords' }]],
  // compound actors
  ['Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.', '2000-01-01',
    [{ type: 'AGREE', status: 'occurred', source: ['HUN', 'ROU'] }, { type: 'COOPERATE', status: 'expected', source: ['HUN', 'ROU'] }]],
  // passive voice
  ['A camp for Congolese refugees was attacked by Burundian militiamen.', '2000-01-01',
    [{ type: 'ASSAULT', status: 'occurred', source: ['BDI'], target: ['COD'] }]],
  // negation
  ['Israel did not sign the Abraham Accords.', '2020-09-15', [{ type: 'AGREE', mode: 'sign', status: 'denied', source: ['ISR'] }]],
  ['Saudi Arabia has yet to join the Abraham Accords.', '2025-11-06', [{ type: 'AGREE', mode: 'join', status: 'denied', source: ['SAU'] }]],
  // a controller after a determiner is a noun held by the verb's subject; after "no", negated
  ['Saudi Arabia sees no need to join the Abraham Accords.', '2025-11-06', [{ type: 'AGREE', mode: 'join', status: 'denied', source: ['SAU'] }]],
  ['Saudi Arabia has no plan to join the Abraham Accords.', '2025-11-06', [{ type: 'AGREE', mode: 'join', status: 'denied', source: ['SAU'] }]],
  ['Saudi Arabia has a plan to join the Abraham Accords.', '2025-11-06', [{ type: 'AGREE', mode: 'join', status: 'expected', source: ['SAU'] }]],
  ['Kazakhstan announced a decision to join the Abraham Accords.', '2025-11-06', [{ type: 'AGREE', mode: 'join', status: 'expected', source: ['KAZ'] }]],
  // leaving a part of a body is a plain withdrawal, not leaving the body
  ['France withdrew from NATO.', '1966-03-10', [{ type: 'RETREAT', mode: 'withdraw', status: 'occurred', source: ['FRA'] }]],
  ["France withdrew from NATO's military command.", '1966-03-10', [{ type: 'RETREAT', mode: null, status: 'occurred', source: ['FRA'] }]],
  ["Israel withdrew from Lebanon's south.", '2000-05-24', [{ type: 'RETREAT', mode: 'withdraw', status: 'occurred', source: ['ISR'], target: ['LBN'] }]],
  // hypothetical and possessive
  ['The Abraham Accords grew. If confirmed, Kazakhstan’s accession would represent a win.', '2025-11-06',
    [{ type: 'AGREE', mode: 'join', status: 'possible', source: ['KAZ'], agreement: 'agreement:abraham-accords' }]],
  // apposition, refusal with the refused action denied
  ['Pakistan, a key ally, has refused to deploy troops in Iraq.', '2003-07-14',
    [{ type: 'REJECT', status: 'occurred', source: ['PAK'] }, { type: 'MOBILIZE', status: 'denied', source: ['PAK'], target: ['IRQ'] }]],
  // a threat occurred, the threatened action is possible
  ['Iran threatened to impose sanctions on Iraq.', '2000-01-01',
    [{ type: 'THREATEN', status: 'occurred', source: ['IRN'], target: ['IRQ'] }, { type: 'SANCTION', status: 'possible', source: ['IRN'], target: ['IRQ'] }]],
  ['Israel will withdraw troops from Lebanon.', '2000-01-01',
    [{ type: 'AGREE', status: 'occurred', source: ['ISR'] }, { type: 'RETREAT', status: 'expected', source: ['ISR'], target: ['LBN'] }]],
  // people stand for their states; relative clause antecedent
  ['The plan includes Saudi Arabia, which has linked normalization with Israel to progress, a move Netanyahu has declined.', '2025-11-06',
    [{ type: 'REQUEST', mode: 'condition', status: 'occurred', source: ['SAU'] }, { type: 'REJECT', status: 'occurred', source: ['ISR'] }]],
  ['Finland will give Tanzania a grant.', '2000-01-01',
    [{ type: 'AGREE', status: 'occurred', source: ['FIN'] }, { type: 'AID', status: 'expected', source: ['FIN'], target: ['TZA'] }]],
  ['Zambia extradited a suspect to Britain on Sunday.', '2000-01-01', [{ type: 'COOPERATE', status: 'occurred', source: ['ZMB'], target: ['GBR'] }]],
  // domestic events have the same state on both sides
  ['Turkish police prevented the demonstration by students.', '2000-01-01', [{ type: 'COERCE', status: 'occurred', source: ['TUR'], target: ['TUR'] }]],
  // force with no named actor is the place's: an arrest in Lebanon is by Lebanon
  ['A missionary was arrested in southern Lebanon on Monday.', '2000-01-01', [{ type: 'COERCE', status: 'occurred', source: ['LBN'], target: ['LBN'] }]],
  // the recipient named later in the clause, in a condition
  ['Iran threatened to launch an offensive unless Iraq withdraws.', '2000-01-01',
    [{ type: 'THREATEN', status: 'occurred', source: ['IRN'], target: ['IRQ'] }, { type: 'ASSAULT', status: 'possible', source: ['IRN'], target: ['IRQ'] }]],
  // stress-final verbs double their consonant
  ['Finland expelled two Iraqi diplomats.', '2000-01-01', [{ type: 'SANCTION', mode: 'expel', status: 'occurred', source: ['FIN'], target: ['IRQ'] }]],
  // a word inside another phrase ("strike" in "hunger strike") is not an event of its own
  ['Hungarian farmers began a hunger strike to protest against Finland.', '2000-01-01',
    [{ type: 'PROTEST', status: 'occurred', source: ['HUN'], target: ['FIN'] }]],
  // a schedule in the past still lies ahead
  ['Rubio was due to meet Tokayev today.', '2025-11-06', [{ type: 'CONSULT', status: 'expected', source: ['USA'], target: ['KAZ'] }]],
  // a noun governed as the object of another event is a passing reference
  ['Finland condemned allegations by Iran.', '2000-01-01', [{ type: 'ACCUSE', status: 'occurred', source: ['FIN'], target: ['IRN'] }]],
  // an act someone expects is done by the phrase before "to" (a named actor or none); not expected, it stays possible
  ['Obama expects Saudi Arabia to join the Abraham Accords.', '2015-01-01', [{ type: 'AGREE', mode: 'join', status: 'expected', source: ['SAU'], target: [] }]],
  ['Obama does not expect Iran to join the Abraham Accords.', '2015-01-01', [{ type: 'AGREE', mode: 'join', status: 'possible', source: ['IRN'], target: [] }]],
  ['Obama expects several countries to join the Abraham Accords.', '2015-01-01', [{ type: 'AGREE', mode: 'join', status: 'expected', source: [], target: [] }]],
  // a wish that another actor act is an appeal; the wished action is not an event
  ['Obama wants Putin to attack Switzerland.', '2015-01-01', [{ type: 'REQUEST', status: 'ongoing', source: ['USA'], target: ['RUS'] }]],
];

const states = (ps: ReadonlyArray<{ state: string | null }>) => [...new Set(ps.map((p) => p.state))].sort();

describe('events: sentences and the events they hold', () => {
  it.each(CASES)('%s', (text, date, want) => {
    const a = runEvents(analysisOf(text, date, E));
    const got = a.events.map((e) => ({
      type: e.type, status: e.status, source: states(e.source), target: states(e.target), mode: e.mode, agreement: e.agreement,
    }));
    expect(got.length).toBe(want.length);
    for (const w of want) {
      const hit = got.find((g) => g.type === w.type && g.status === w.status && JSON.stringify(g.source) === JSON.stringify([...w.source].sort())
        && (!w.target || JSON.stringify(g.target) === JSON.stringify([...w.target].sort()))
        && (w.mode === undefined || g.mode === w.mode) && (w.agreement === undefined || g.agreement === w.agreement));
      expect(hit, `${w.type} ${w.status} ${w.source}>${w.target ?? ''} in ${JSON.stringify(got)}`).toBeTruthy();
    }
  });

  it('attributes a reported event to the speaker and keeps evidence as the sentence', () => {
    const text = 'Kazakhstan is poised to join the Abraham Accords, according to Israeli officials.';
    const a = runEvents(analysisOf(text, '2025-11-06', [...E, ['Israeli', 'ISR', 'state', null]],
      [{ cue: 'according to', speaker: 'Israeli officials', ids: ['ISR'] }]));
    const join = a.events.find((e) => e.mode === 'join')!;
    expect(join.attribution).toEqual([{ entity: 'ISR', text: 'Israeli officials' }]);
    expect(join.evidence).toEqual({ start: 0, end: text.length, text });
    expect(join.trigger).toEqual({ start: 24, end: 28, text: 'join' });
    expect(join.cameo).toBe('057');
  });
});
