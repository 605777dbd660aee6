import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents, sortedStates } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Greece', 'GRC', 'state', null], ['Turkey', 'TUR', 'state', null], ['Japan', 'JPN', 'state', null], ['Denmark', 'DNK', 'state', null],
  ['Canada', 'CAN', 'state', null], ['Georgian', 'GEO', 'state', null, 'demonym'], ['Russia', 'RUS', 'state', null], ['US', 'USA', 'state', null],
  ['Egypt', 'EGY', 'state', null], ['Iran', 'IRN', 'state', null], ['Obama', 'person:barack-obama', 'person', 'USA'],
  ['Cameron', 'person:david-cameron', 'person', 'GBR'], ['Trump', 'person:donald-trump', 'person', 'USA'],
  ['Israel', 'ISR', 'state', null], ['European Community', 'org:ec', 'organization', null],
];

type Want = { type: string; status: string; source: string[]; target: string[] };
const FRAME_SAID = (speaker: string, ids: string[]) => [{ cue: 'said', speaker, ids }];

/** [text, report frames, the events]: one row per trigger phrase or rule. */
const CASES: Array<[string, ReturnType<typeof FRAME_SAID>, Want[]]> = [
  ['Denmark complained that Canada had broken the rules.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['DNK'], target: ['CAN'] }]],
  ['The European Community also charged that Japan had broken the rules.', [], [{ type: 'ACCUSE', status: 'occurred', source: [], target: ['JPN'] }]],
  ['The plan provoked strong protests from Canada.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['CAN'], target: ['CAN'] }]],
  ['Evidence against Russia was presented by the US.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['USA'], target: ['RUS'] }]],
  ['Georgian demonstrators received assurances from the Georgian government.', [], [{ type: 'AGREE', status: 'occurred', source: ['GEO'], target: ['GEO'] }]],
  ['Denmark approached the European Community for support.', [], [{ type: 'REQUEST', status: 'occurred', source: ['DNK'], target: [] }]],
  ['The US helped the two exiled dissidents from Egypt.', [], [{ type: 'AID', status: 'occurred', source: ['USA'], target: ['EGY'] }]],
  ['Obama is scheduled to attend a summit on the unrest in Iran.', [], [{ type: 'CONSULT', status: 'expected', source: ['USA'], target: ['IRN'] }]],
  // a refused permission: the refusal is the speaker's own act
  ['Obama said he would not give permission to Russia.', FRAME_SAID('Obama', ['person:barack-obama']), [
    { type: 'REJECT', status: 'occurred', source: ['USA'], target: ['RUS'] }, { type: 'RETREAT', status: 'denied', source: ['USA'], target: ['RUS'] }]],
  // an evaluation of a recipient is the speaker's act: it occurred, whatever its tense
  ['Cameron said Trump deserves respect.', FRAME_SAID('Cameron', ['person:david-cameron']), [
    { type: 'SUPPORT', status: 'occurred', source: ['GBR'], target: ['USA'] }]],
  // standing by one's comments restates the earlier statement, which goes on
  ['Cameron criticized Trump. Cameron stood by his comments.', [], [
    { type: 'ACCUSE', status: 'occurred', source: ['GBR'], target: ['USA'] }, { type: 'ACCUSE', status: 'ongoing', source: ['GBR'], target: ['USA'] }]],
  // the actors of a phrase go on after ", led by" and "as well as"
  ['The plan provoked protests from farmers as well as exporters, led by the US.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['USA'], target: ['USA'] }]],
  // protests received from states are their governments' complaints
  ['Protests had been received from many states, ranging from Egypt to Canada.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['EGY'], target: ['CAN'] }]],
  // wire copy capitalizes the word after an abbreviation
  ['The U.S. Complained that Japan had broken the rules.', [], [{ type: 'ACCUSE', status: 'occurred', source: [], target: ['JPN'] }]],
  ['Japan was informed by the US.', [], [{ type: 'CONSULT', status: 'occurred', source: ['USA'], target: ['JPN'] }]],
  ['Canada received a message from Egypt.', [], [{ type: 'CONSULT', status: 'occurred', source: ['EGY'], target: [] }]],
  ['Greece admitted that Turkey was right.', [], [{ type: 'CONCEDE', status: 'occurred', source: ['GRC'], target: ['TUR'] }]],
  ['Greece will admit Egyptian goods.', [], []],
  ['Canada was expected to back a Japan warning to Egypt.', [], [{ type: 'SUPPORT', status: 'expected', source: ['CAN'], target: ['JPN'] }]],
  // a multi-word alternative is a phrase of its own ("break off"), so "stop imports" matches
  ['Canada threatened to stop imports from Denmark.', [], [
    { type: 'THREATEN', status: 'occurred', source: ['CAN'], target: ['DNK'] }, { type: 'SANCTION', status: 'possible', source: ['CAN'], target: ['DNK'] }]],
  // unnamed actors named by an actor noun still act
  ['The ministers were due to discuss the plan.', [], [{ type: 'CONSULT', status: 'expected', source: [], target: [] }]],
  ['Ministers will attend the meeting, including delegations from Japan, Egypt and other states.', [], [
    { type: 'CONSULT', status: 'expected', source: ['EGY', 'JPN'], target: [] }]],
  // a meeting with someone, in a statement, is the speaker's side's
  ['Cameron said there was no meeting planned with Trump.', FRAME_SAID('Cameron', ['person:david-cameron']), [
    { type: 'CONSULT', status: 'denied', source: ['GBR'], target: ['USA'] }]],
  ['The US said removing the sanctions on Iran was out of the question.', FRAME_SAID('The US', ['USA']), [
    { type: 'REJECT', status: 'occurred', source: ['USA'], target: ['IRN'] }]],
  // a judging word in a statement: the speaker judges the actor it describes
  ["Cameron said Trump's ignorant view could make both countries less safe.", FRAME_SAID('Cameron', ['person:david-cameron']), [
    { type: 'ACCUSE', status: 'occurred', source: ['GBR'], target: ['USA'] }]],
  ['Cameron said Israel was very courageous.', FRAME_SAID('Cameron', ['person:david-cameron']), [
    { type: 'SUPPORT', status: 'occurred', source: ['GBR'], target: ['ISR'] }]],
  ['Cameron said it was irresponsible to wait.', FRAME_SAID('Cameron', ['person:david-cameron']), []],
  // outside a statement a judging word is the article's own description
  ["Trump's divisive campaign went on.", [], []],
  // a claim that another actor used force accuses it; a claim of responsibility does not
  ['The US claimed that Iran had attacked Israel.', [{ cue: 'claimed', speaker: 'The US', ids: ['USA'] }], [
    { type: 'ACCUSE', status: 'occurred', source: ['USA'], target: ['IRN'] }, { type: 'ASSAULT', status: 'occurred', source: ['IRN'], target: ['ISR'] }]],
  ['Iran claimed responsibility for the attack by Egypt on Israel.', [{ cue: 'claimed', speaker: 'Iran', ids: ['IRN'] }], [
    { type: 'ASSAULT', status: 'occurred', source: ['EGY'], target: ['ISR'] }]],
  // a prefix joined by a hyphen: "co-operate" is cooperating (with its subject read past the prefix), "operating" alone is not
  ['Japan will co-operate with Canada.', [], [
    { type: 'AGREE', status: 'occurred', source: ['JPN'], target: ['CAN'] }, { type: 'COOPERATE', status: 'expected', source: ['JPN'], target: ['CAN'] }]],
  ['Doctors from Japan operating in Egypt treated the wounded.', [], []],
  // making an exception eases a position
  ['Canada made an exception for Japan.', [], [{ type: 'CONCEDE', status: 'occurred', source: ['CAN'], target: ['JPN'] }]],
  // rejecting an accusation rejects its author's claim; the accusation is no event of its own
  ["Israel rejected as ``baseless'' allegations by Iran.", [], [{ type: 'REJECT', status: 'occurred', source: ['ISR'], target: ['IRN'] }]],
  ["Russia rejected Japan's accusations.", [], [{ type: 'REJECT', status: 'occurred', source: ['RUS'], target: ['JPN'] }]],
  ["Russia said Japan's allegations were baseless.", FRAME_SAID('Russia', ['RUS']), [{ type: 'REJECT', status: 'occurred', source: ['RUS'], target: ['JPN'] }]],
  ['The charges were false.', [], []],
  ['Russia condemned Japan.', [], [{ type: 'ACCUSE', status: 'occurred', source: ['RUS'], target: ['JPN'] }]],
  // a phrase reaches over four words and over quote marks, not across a relative clause
  ['Turkey had "partially accepted" the demands.', [], [{ type: 'CONCEDE', status: 'occurred', source: ['TUR'], target: ['TUR'] }]],
  ['Greece and Turkey have ties that neither side wants to change.', [], []],
];


describe('events: trigger phrases and the rules they need', () => {
  it.each(CASES)('%s', (text, frames, want) => {
    const a = runEvents(analysisOf(text, '2000-01-01', E, frames));
    const got = a.events.map((e) => ({ type: e.type, status: e.status, source: sortedStates(e.source), target: sortedStates(e.target) }));
    expect(got).toEqual(want.map((w) => ({ ...w, source: [...w.source].sort(), target: [...w.target].sort() })));
  });
});

describe('events: pronouns in a direct quote', () => {
  it('reads "me" as the speaker and "he" as someone else', () => {
    const text = 'Cameron criticized Trump. “He never met me,” Trump said.';
    const base = analysisOf(text, '2016-05-16', E);
    const q = { start: text.indexOf('He'), end: text.indexOf('me,') + 2 };
    const quotes = [{ ...q, text: text.slice(q.start, q.end), sentence: 1, speaker: 'person:donald-trump', speakerText: 'Trump',
      speakerStart: text.lastIndexOf('Trump'), speakerEnd: text.lastIndexOf('Trump') + 5 }];
    const a = runEvents({ ...base, quotes });
    const met = a.events.find((e) => e.type === 'CONSULT')!;
    expect([sortedStates(met.source), sortedStates(met.target), met.status]).toEqual([['GBR'], ['USA'], 'denied']);
  });
});
