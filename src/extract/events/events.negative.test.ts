import { describe, expect, it } from 'vitest';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [
  ['France', 'FRA', 'state', null], ['Obama', 'person:barack-obama', 'person', 'USA'], ['Putin', 'person:vladimir-putin', 'person', 'RUS'],
  ['Switzerland', 'CHE', 'state', null], ['Witkoff', 'person:steve-witkoff', 'person', 'USA'], ['Kazakhstan', 'KAZ', 'state', null],
  ['Israel', 'ISR', 'state', null], ['Cameron', 'person:david-cameron', 'person', 'GBR'], ['French', 'FRA', 'state', null],
];

/** Sentences that must yield no event. */
const NONE: Array<[string, string]> = [
  ['The Andean Pact is a group set up in 1969.', '1987-03-01'],
  ['Oil prices rose sharply on Monday in London trading.', '1987-03-01'],
  // a participle of purpose states a motive, not an event
  ['Obama flew to Geneva, seeking to mend ties with France.', '2015-01-01'],
  // a hoped-for event with no actor named
  ['Obama said he hoped French officials would be indicted for war crimes.', '2015-01-01'],
  // a month is not a march
  ['In March the weather was mild in Switzerland.', '2015-01-01'],
  // a statement released is not a release of prisoners
  ['France released a statement on the talks.', '2015-01-01'],
  ['The tanks head back from the border after the skirmish went wrong.', '2015-01-01'],
  // refusing to name something is not a political refusal
  ['Witkoff declined to identify which one.', '2025-11-06'],
  // a judging word as the document's very first token has nothing before it to judge
  ['Hostile markup test. Israel and Kazakhstan said talks would continue.', '2025-11-08'],
  // a headline
  ['Trump Says He Is Unlikely To Meet Cameron Soon', '2016-05-16'],
  // a relative clause about an unnamed actor describes it, it reports nothing
  ['The militant group that has seized parts of Kazakhstan is small.', '2016-05-16'],
  // accepting bids or a post is business, not politics
  ['France accepted bids totalling 4.8 billion francs.', '1987-03-02'],
  // an event noun with no participant
  ['A meeting is planned for next week.', '2016-05-16'],
  // a noun use of a verb trigger ("the talk", "an attack") with no actor
  ['The attack shocked the region.', '2016-05-16'],
  // a participle between an article or possessive and its noun is an adjective, and "armed" arms no actor
  ["France's proposed tax is small.", '2000-01-01'],
  ['Israel left the occupied hills quiet.', '2000-01-01'],
  ['Armed with machetes, French militiamen waited.', '2000-01-01'],
  ['French arms inspectors waited in Israel.', '2000-01-01'],
  // an event with no participant at all is no event between actors
  ['Apple sued Samsung over patents.', '2015-01-01'],
  ['Google agreed to buy Motorola.', '2015-01-01'],
  // an event noun before a common noun modifies it
  ['The protest movement began in France.', '2000-01-01'],
  ['The French invasion anniversary passed quietly.', '2000-01-01'],
];


describe('events: sentences that must yield nothing', () => {
  it.each(NONE)('%s', (text, date) => {
    const doc = text.startsWith('Trump Says') ? `${text}\n\nThe text follows.` : text;
    const a = runEvents(analysisOf(doc, date, E));
    expect(a.events.map((e) => `${e.type} ${e.trigger.text}`)).toEqual([]);
  });

  it('keeps a possible event with no known actor out', () => {
    const text = 'More nations could soon join.';
    expect(runEvents(analysisOf(text, '2025-11-06', E)).events).toEqual([]);
  });

  it('stays linear on long and pathological input (no catastrophic backtracking)', () => {
    const text = `${'Israel and Kazakhstan, '.repeat(400)}met with France to discuss ${'talks on talks '.repeat(400)}.`;
    const t0 = performance.now();
    runEvents(analysisOf(text, '2025-11-06', E));
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
