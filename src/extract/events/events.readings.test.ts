import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../core/analysis.js';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents, sortedStates } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Israel', 'ISR', 'state', null], ['Israeli', 'ISR', 'state', null, 'demonym'], ['Gaza', 'PSE', 'state', null],
  ['Palestinian', 'PSE', 'state', null, 'demonym'], ['Hamas', 'group:hamas', 'group', 'PSE'], ['Iran', 'IRN', 'state', null], ['Iranian', 'IRN', 'state', null, 'demonym'],
  ['Hezbollah', 'group:hezbollah', 'group', 'LBN'], ['Burundian', 'BDI', 'state', null, 'demonym'], ['Congolese', 'COD', 'state', null, 'demonym'],
  ['Sudanese', 'SDN', 'state', null, 'demonym'], ['Juba', 'SDN', 'state', null], ['U.S.', 'USA', 'state', null],
  ['United Nations', 'org:un', 'organization', null], ['Britain', 'GBR', 'state', null], ['Iraq', 'IRQ', 'state', null],
];

type Want = { type: string; status: string; source: string[]; target: string[] };

/** [text, the events]: how a word is read (verb, adjective, noun) and how the parts of one attack count. */
const CASES: Array<[string, Want[]]> = [
  // a participle between an article or possessive and its noun is an adjective
  ['Israeli soldiers beat up Palestinian detainees on the occupied West Bank.', [{ type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }]],
  ['Israel demanded that Hamas renounce its armed struggle.', [{ type: 'REQUEST', status: 'occurred', source: ['ISR'], target: ['PSE'] }]],
  // arming is an event when an actor is armed
  ['Iran armed Hezbollah.', [{ type: 'AID', status: 'occurred', source: ['IRN'], target: ['LBN'] }]],
  ['A camp was attacked by Burundian militiamen armed with machetes.', [{ type: 'ASSAULT', status: 'occurred', source: ['BDI'], target: ['BDI'] }]],
  ['Britain mobilized reservists while United Nations arms inspectors waited.', [{ type: 'MOBILIZE', status: 'occurred', source: ['GBR'], target: ['GBR'] }]],
  // an agreement followed by its participle is described, not reported as signed
  ['The accord signed in 1994 expires next year.', []],
  ['The accord signed last year by Israel expires.', []],
  ['Israel and Gaza signed the accord in 1994.', [{ type: 'AGREE', status: 'occurred', source: ['ISR', 'PSE'], target: [] }]],
  ['The accord was signed in 1994 by Israel and Britain.', [{ type: 'AGREE', status: 'occurred', source: ['GBR', 'ISR'], target: [] }]],
  // insisting is a demand when it insists on something; insisting that something is so asserts it
  ['Israel insisted on a ceasefire.', [{ type: 'REQUEST', status: 'occurred', source: ['ISR'], target: ['ISR'] }]],
  ['Iran insists its nuclear programme is peaceful.', []],
  // an event noun before a verb, a function word or a time is still the event
  ["Israel's attack on Gaza came at dawn.", [{ type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }]],
  ["Israel's attack on Gaza and Hamas's reply shocked Britain.", [{ type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['GBR', 'PSE'] }]],
  // a subject with no actor keeps its event when the event it controls lends it a participant
  ['The unions agreed to meet Iran.', [
    { type: 'AGREE', status: 'occurred', source: [], target: ['IRN'] }, { type: 'CONSULT', status: 'expected', source: [], target: ['IRN'] }]],
  // harm done by nature, disease or accident is no political event; harm done by an actor is
  ['The storm killed 12 people in Gaza.', []],
  ['The virus has killed more than 1,000 people in Iran.', []],
  ['Five people were killed in an earthquake in Iran.', []],
  ['Two Israeli soldiers were killed by Palestinian fire.', [{ type: 'ASSAULT', status: 'occurred', source: ['PSE'], target: ['ISR'] }]],
  // "press", "pressure", "lobby": a verb use asks something of an actor
  ['Israel pressed Iran to stop.', [{ type: 'REQUEST', status: 'occurred', source: ['ISR'], target: ['IRN'] }]],
  ['Britain lobbied the United Nations.', [{ type: 'REQUEST', status: 'occurred', source: ['GBR'], target: [] }]],
  ['Iran pressed ahead with its plan.', []],
  ['Iranian press reports made much of the plan.', []],
  ['Under mounting domestic pressure, Israel changed course.', []],
  ['A protectionist lobby in Britain was using the proposal.', []],
  // one attack told in several words is one event: its result, its shared-subject verbs, the verb it is the subject of
  ['A camp for Congolese refugees was attacked by Burundian militiamen, killing at least 156 people.', [
    { type: 'ASSAULT', status: 'occurred', source: ['BDI'], target: ['COD'] }]],
  ['Sudanese rebels shelled Juba for the first time in a year on Sunday and Monday, killing about 20 people.', [
    { type: 'ASSAULT', status: 'occurred', source: ['SDN'], target: ['SDN'] }]],
  ['Israeli jets bombed Gaza, killing or wounding 50.', [{ type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }]],
  ['Hamas killed one U.S. soldier and wounded two others.', [{ type: 'ASSAULT', status: 'occurred', source: ['PSE'], target: ['USA'] }]],
  ['A roadside bombing by Hamas near Gaza on Sunday killed one U.S. soldier.', [{ type: 'ASSAULT', status: 'occurred', source: ['PSE'], target: ['USA'] }]],
  // attacks with subjects of their own stay apart, and so does the attack a killing happened in
  ['Israel bombed Gaza and Hamas fired rockets at Israel.', [
    { type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }, { type: 'ASSAULT', status: 'occurred', source: ['ISR', 'PSE'], target: ['ISR'] }]],
  ['After the attack Israel bombed Gaza.', [{ type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }]],
  ['Five Palestinian children were killed in Israeli shelling.', [
    { type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['PSE'] }, { type: 'ASSAULT', status: 'occurred', source: ['ISR'], target: ['ISR'] }]],
];


describe('events: word readings and the parts of one attack', () => {
  it('reads a phrase word inside a time expression as a date ("held in March")', () => {
    const text = 'The vote in Britain, held in March, went well. Israel held a march in Gaza.';
    const start = text.indexOf('March');
    const times: TimeExpr[] = [{ start, end: start + 5, text: 'March', type: 'DATE', value: '2000-03', sentence: 0, signal: 'in' }];
    const a = runEvents({ ...analysisOf(text, '2000-06-01', E), times });
    expect(a.events.map((e) => `${e.type} ${e.trigger.text}`)).toEqual(['PROTEST held a march']);
  });

  it.each(CASES)('%s', (text, want) => {
    const a = runEvents(analysisOf(text, '2000-01-01', E));
    const got = a.events.map((e) => ({ type: e.type, status: e.status, source: sortedStates(e.source), target: sortedStates(e.target) }));
    expect(got).toEqual(want.map((w) => ({ ...w, source: [...w.source].sort(), target: [...w.target].sort() })));
  });
});
