import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['Denmark', 'DNK', 'state', null], ['Canada', 'CAN', 'state', null], ['Mexico', 'MEX', 'state', null],
  ['Greece', 'GRC', 'state', null], ['Turkey', 'TUR', 'state', null], ['Israel', 'ISR', 'state', null], ['Iran', 'IRN', 'state', null],
];

/** [text, document date, the trigger's text, its status]: the status cues of one event. */
const CASES: Array<[string, string, string, string]> = [
  // a negated acceptance is denied, and the speaker's refusal is its own event
  ['Denmark will not accept a ban on exports from Canada.', '1987-06-01', 'accept a ban', 'denied'],
  // certainty over an ability is an expectation
  ['Denmark said it is sure it can reach an understanding with Canada.', '1987-06-01', 'reach an understanding', 'expected'],
  // a present passive is a standing condition
  ['Greece is accused of violating the treaty with Turkey.', '1987-06-01', 'accused', 'ongoing'],
  // what a speaker refuses to say is denied, what it does not say is open
  ['Greece refused to say whether Turkey was to blame for the clash.', '1987-06-01', 'blame', 'denied'],
  ['Israel did not say whether it would attack Iran.', '2015-01-01', 'attack', 'possible'],
  // a strategy is a plan: its content lies ahead, and so does the verb coordinated with it
  ['Mexico has chosen a new strategy: to stand up for Mexicans and defend Mexico.', '2016-04-07', 'defend', 'expected'],
  // a framing word does not reach into an adverbial clause
  ['Greece said it was unlikely to meet Turkey because Turkey condemned the plan.', '1987-06-01', 'condemned', 'occurred'],
  // a stance in the past still holds its act ahead ("was ready to", "were willing to"); an agreement in the past reports it done
  ['Greece said it was ready to work with Turkey.', '1987-06-01', 'work with', 'expected'],
  ['Greece was willing to cooperate with Turkey.', '1987-06-01', 'cooperate', 'expected'],
  // a noun takes the status of the verb a modal governs before it, known to the lexicon or not
  ['Greece will host talks between Israel and Iran.', '1987-06-01', 'talks', 'expected'],
  // the date of a deadline does not date the event
  ['Canada postponed the July 1 deadline at the request of Denmark.', '1987-06-01', 'request', 'occurred'],
];


describe('events: status cues', () => {
  it.each(CASES)('%s', (text, date, trigger, status) => {
    const a = runEvents(analysisOf(text, date, E));
    const e = a.events.find((x) => x.trigger.text === trigger);
    expect(e, JSON.stringify(a.events.map((x) => [x.trigger.text, x.status]))).toBeTruthy();
    expect(e!.status).toBe(status);
  });
});
