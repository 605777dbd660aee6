import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents, sortedStates } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Serb', 'SRB', 'state', null], ['Serbia', 'SRB', 'state', null], ['Albanians', 'ALB', 'state', null],
  ['Burmese', 'MMR', 'state', null], ['Thai', 'THA', 'state', null], ['Palestinians', 'PSE', 'state', null, 'demonym'], ['China', 'CHN', 'state', null], ['Japan', 'JPN', 'state', null],
  ['Israeli', 'ISR', 'state', null], ['Vietnam', 'VNM', 'state', null], ['Nigeria', 'NGA', 'state', null],
  ['Chad', 'TCD', 'state', null], ['Iran', 'IRN', 'state', null], ['Iraq', 'IRQ', 'state', null],
  ['Macedonia', 'MKD', 'state', null], ['Bulgaria', 'BGR', 'state', null], ['Iranian', 'IRN', 'state', null],
  ['Lebanon', 'LBN', 'state', null], ['United Nations', 'org:un', 'organization', null], ['Liberia', 'LBR', 'state', null],
];

type Want = { type: string; status: string; source: string[]; target: string[] };

/** How actors are read off their phrases: places, descriptions and ethnic groups are not the state named. */
const CASES: Array<[string, Want[]]> = [
  // an ethnic group is coded by the state it lives in
  ['Serb forces killed three ethnic Albanians in southeastern Serbia.', [{ type: 'ASSAULT', status: 'occurred', source: ['SRB'], target: ['SRB'] }]],
  ['Serb forces attacked the Albanian minority near Macedonia.', [{ type: 'ASSAULT', status: 'occurred', source: ['SRB'], target: ['MKD'] }]],
  // a border locates, its guards act
  ['Burmese troops captured a stronghold on the Thai border.', [{ type: 'ASSAULT', status: 'occurred', source: ['MMR'], target: ['MMR'] }]],
  ['Thai border guards arrested two Burmese.', [{ type: 'COERCE', status: 'occurred', source: ['THA'], target: ['MMR'] }]],
  // a compound adjective is a description, and its participle no verb
  ['Palestinians of the Israeli-occupied territories staged a protest.', [{ type: 'PROTEST', status: 'occurred', source: ['PSE'], target: ['PSE'] }]],
  ['The pro-Iranian militia attacked Iraq.', [{ type: 'ASSAULT', status: 'occurred', source: [], target: ['IRQ'] }]],
  // whose ally a group is does not make it that state
  ["Iranian militants killed the chief of Iraq's militia ally in southern Lebanon.", [{ type: 'ASSAULT', status: 'occurred', source: ['IRN'], target: ['LBN'] }]],
  // a parenthesis inside the subject is stepped over
  ['The Iranian (Shia) group declared a ceasefire.', [{ type: 'RETREAT', status: 'occurred', source: ['IRN'], target: ['IRN'] }]],
  // the helper does the helped act
  ['Iran mobilized groups in Iraq to help support Lebanon.', [
    { type: 'SUPPORT', status: 'occurred', source: ['IRN'], target: ['IRQ'] }, { type: 'SUPPORT', status: 'expected', source: ['IRN'], target: ['LBN'] }]],
  // a participle clause's actor is the sentence's subject, not a name inside the object
  ["Insurgents bombarded part of Iraq's second city, killing eight people.", [{ type: 'ASSAULT', status: 'occurred', source: [], target: ['IRQ'] }]],
  // a government's protest is a diplomatic complaint
  ['China protested to Japan against the visit.', [{ type: 'ACCUSE', status: 'occurred', source: ['CHN'], target: ['JPN'] }]],
  // "There were N soldiers killed in X": an existential passive, the force placed where it happened
  ['There were ten Iranian soldiers killed in Iraq today.', [{ type: 'ASSAULT', status: 'occurred', source: ['IRQ'], target: ['IRN'] }]],
  // "is committed to" describes the subject's stance: not a passive
  ['Vietnam is committed to opening its economy.', [{ type: 'AGREE', status: 'ongoing', source: ['VNM'], target: ['VNM'] }]],
  // a promise held over the other side by "unless" is a threat
  ['Nigeria announced that it will withdraw its force from Chad unless Chad holds elections.', [
    { type: 'THREATEN', status: 'occurred', source: ['NGA'], target: ['TCD'] },
    { type: 'RETREAT', status: 'expected', source: ['NGA'], target: ['TCD'] }]],
  // a vow of force is a threat
  ['Iran vowed to attack Iraq.', [
    { type: 'THREATEN', status: 'occurred', source: ['IRN'], target: ['IRQ'] }, { type: 'ASSAULT', status: 'expected', source: ['IRN'], target: ['IRQ'] }]],
  // an international body's own firm commitment is an intent act too
  ['The United Nations will withdraw its peacekeepers from Liberia.', [
    { type: 'AGREE', status: 'occurred', source: [], target: ['LBR'] }, { type: 'RETREAT', status: 'expected', source: [], target: ['LBR'] }]],
];


describe('events: actors read off their phrases', () => {
  it.each(CASES)('%s', (text, want) => {
    const a = runEvents(analysisOf(text, '2000-01-01', E));
    const got = a.events.map((e) => ({ type: e.type, status: e.status, source: sortedStates(e.source), target: sortedStates(e.target) }));
    expect(got).toEqual(want.map((w) => ({ ...w, source: [...w.source].sort(), target: [...w.target].sort() })));
  });
});
