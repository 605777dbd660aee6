import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents, sortedStates } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Israeli', 'ISR', 'state', null], ['Emirati', 'ARE', 'state', null], ['Bahrain', 'BHR', 'state', null],
  ['Netanyahu', 'person:benjamin-netanyahu', 'person', 'ISR'], ['Abraham Accords', 'agreement:abraham-accords', 'agreement', null],
  ['Morocco', 'MAR', 'state', null], ['Moroccan', 'MAR', 'state', null], ['United States', 'USA', 'state', null], ['Israel', 'ISR', 'state', null],
  ['Emirati Foreign Minister Abdullah', 'person:abdullah-bin-zayed', 'person', 'ARE'], ['Obama', 'person:barack-obama', 'person', 'USA'],
];

type Want = { type: string; mode: string | null; status: string; source: string[]; target: string[]; agreement: string | null };

/** Clause structure: coordinated verbs, purpose infinitives, agreements referred back to, possessives. */
const CASES: Array<[string, Want[]]> = [
  // a purpose infinitive is done by the subject of the verb it completes, and lies ahead with it
  ['Israeli and Emirati delegations will meet to sign bilateral agreements.', [
    { type: 'AGREE', mode: null, status: 'occurred', source: ['ARE', 'ISR'], target: [], agreement: null },
    { type: 'CONSULT', mode: 'meet', status: 'expected', source: ['ARE', 'ISR'], target: [], agreement: null },
    { type: 'AGREE', mode: 'sign', status: 'expected', source: ['ARE', 'ISR'], target: [], agreement: null }]],
  // a bare verb coordinated with a modal one shares its modal
  ['The Abraham Accords grew. Bahrain will join that ceremony and sign a declaration with Netanyahu.', [
    { type: 'AGREE', mode: 'sign', status: 'expected', source: ['BHR'], target: ['ISR'], agreement: null }]],
  // a definite agreement word points back to the agreement under discussion, the signing's counterpart; "a deal" is
  // another one, and a signing with no partner or agreement named is domestic, as our guide has it
  ['The Abraham Accords grew. Morocco signed the accords.', [
    { type: 'AGREE', mode: 'sign', status: 'occurred', source: ['MAR'], target: [], agreement: 'agreement:abraham-accords' }]],
  ['The Abraham Accords grew. Morocco signed a new deal.', [
    { type: 'AGREE', mode: 'sign', status: 'occurred', source: ['MAR'], target: ['MAR'], agreement: null }]],
  // a list of names, with titles and a dateline around them, acts together
  ['RABAT - Morocco, the United States and Israel signed a joint declaration.', [
    { type: 'AGREE', mode: 'sign', status: 'occurred', source: ['ISR', 'MAR', 'USA'], target: [], agreement: null }]],
  ['On the lawn, Netanyahu, Emirati Foreign Minister Abdullah and Bahrain signed three documents.', [
    { type: 'AGREE', mode: 'sign', status: 'occurred', source: ['ARE', 'BHR', 'ISR'], target: [], agreement: null }]],
  // a noun carried by a support verb is done by its subject; "of" names the actor of a meeting or a request
  ['Morocco announced a suspension of air links with Israel.', [
    { type: 'SANCTION', mode: 'halt', status: 'occurred', source: ['MAR'], target: ['ISR'], agreement: null }]],
  ['Israel postponed the deadline at the request of Morocco.', [
    { type: 'CONCEDE', mode: 'reform', status: 'occurred', source: ['ISR'], target: ['MAR'], agreement: null },
    { type: 'REQUEST', mode: 'appeal', status: 'occurred', source: ['MAR'], target: ['ISR'], agreement: null }]],
  // "the United States attack on": a name after "the" modifies a noun
  ['Obama said the United States attack on Morocco was justified.', [
    { type: 'ASSAULT', mode: null, status: 'occurred', source: ['USA'], target: ['MAR'], agreement: null }]],
  // "their first meeting" names no actor: the recipient is the one met
  ['Moroccan diplomats held their first meeting with Obama.', [
    { type: 'CONSULT', mode: 'meet', status: 'occurred', source: ['MAR'], target: ['USA'], agreement: null }]],
];


describe('events: clause structure', () => {
  it.each(CASES)('%s', (text, want) => {
    const a = runEvents(analysisOf(text, '2020-08-13', E));
    const got = a.events.map((e) => ({ type: e.type, mode: e.mode, status: e.status, source: sortedStates(e.source), target: sortedStates(e.target), agreement: e.agreement }));
    expect(got).toEqual(want);
  });
});
