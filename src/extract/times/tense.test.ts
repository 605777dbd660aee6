import { describe, expect, it } from 'vitest';
import { runTimes } from './fixture.js';

type Row = readonly [text: string, date: string, expected: readonly (readonly [span: string, type: string, value: string])[]];

const check = (rows: readonly Row[]) => it.each(rows)('%s (%s)', (text, date, expected) => {
  const got = runTimes(text, date).map((t) => [t.text, t.type, t.value]);
  expect(got).toEqual(expected);
});

// 2000-01-15 is a Saturday; 1989-10-27 a Friday.
describe('tense cues around a weekday', () => check([
  // a name before an -ed verb is its subject when an object or the time follows
  ['Castro attended a rally Thursday.', '2000-01-15', [['Thursday', 'DATE', '2000-01-13']]],
  ['The Service ruled Wednesday that he must be returned.', '2000-01-15', [['Wednesday', 'DATE', '2000-01-12']]],
  // "next to" and "set … as" point nowhere
  ['Bombs went off next to the embassies on Friday.', '2000-01-15', [['Friday', 'DATE', '2000-01-14']]],
  ['The agency set Friday as the deadline.', '2000-01-15', [['Friday', 'DATE', '2000-01-14']]],
  ['The index is within 70 points of its record high set on Aug. 6.', '1998-02-06', [['Aug. 6', 'DATE', '1997-08-06']]],
  ['Talks are set for Aug. 6.', '1998-02-06', [['Aug. 6', 'DATE', '1998-08-06']]],
  // infinitives and modals point ahead, also for verbs the lexicon does not list
  ['The stock is to resume trading in Paris Tuesday.', '1989-10-27', [['Tuesday', 'DATE', '1989-10-31']]],
  ['The father could come as early as Tuesday.', '2000-04-03', [['Tuesday', 'DATE', '2000-04-04']]],
  ['He and Arafat meet separately Monday.', '1998-05-01', [['Monday', 'DATE', '1998-05-04']]],
  // a doubled quote mark closes the quoted clause
  ["``We will win,'' Cuba predicted Wednesday.", '2000-01-15', [['Wednesday', 'DATE', '2000-01-12']]],
  // the end of a range is not a point ahead
  ['It bought shares from Sept. 14 to Thursday.', '1989-10-30', [['Sept. 14', 'DATE', '1989-09-14'], ['Thursday', 'DATE', '1989-10-26']]],
]));

describe('the year of a month and day', () => check([
  ['The dividend will be paid Dec. 14 to holders of record Nov. 15.', '1989-10-26', [['Dec. 14', 'DATE', '1989-12-14'], ['Nov. 15', 'DATE', '1989-11-15']]],
  // near the document date the day stays in its year, whatever the tense
  ['It told the agency to repatriate the child by Jan. 14.', '2000-01-15', [['Jan. 14', 'DATE', '2000-01-14']]],
  ['It was paid on a date in January to holders of record Dec. 21.', '1989-10-26', [['January', 'DATE', '1989-01'], ['Dec. 21', 'DATE', '1989-12-21']]],
  ['Revenue was $76 million for the year ended March 31.', '1989-11-02', [['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '1989-03-31']]],
  ['Inspections were allowed since Jan. 13.', '1998-03-06', [['Jan. 13', 'DATE', '1998-01-13']]],
  // a past verb sends a day three months ahead back a year; a signal ("to") keeps it ahead
  ['Sales in the year ended Jan. 31 rose 5%.', '1989-10-31', [['the year', 'DURATION', 'P1Y'], ['Jan. 31', 'DATE', '1989-01-31']]],
  ['The order was extended to Jan. 14.', '1989-10-31', [['Jan. 14', 'DATE', '1990-01-14']]],
  ['The order ended Nov. 14.', '1989-10-31', [['Nov. 14', 'DATE', '1989-11-14']]],
  // an adverb between a determiner and a participle keeps it an adjective, not the clause's verb
  ['It would be paid on a still unspecified date in January.', '1989-10-26', [['January', 'DATE', '1990-01']]],
  ['The newly elected president took office in January.', '1989-10-26', [['January', 'DATE', '1989-01']]],
]));

describe('plans that are over', () => check([
  ['It had been due to expire Friday evening.', '1989-10-30', [['Friday evening', 'TIME', '1989-10-27TEV']]],
  ['It had been scheduled to expire at midnight Friday.', '1989-10-30', [['midnight Friday', 'TIME', '1989-10-27T24:00']]],
  ['It is due to expire Friday.', '1989-10-30', [['Friday', 'DATE', '1989-11-03']]],
  ['Trading was halted due to the storm Friday.', '1989-10-30', [['Friday', 'DATE', '1989-10-27']]],
]));

describe('parentheses and names after an infinitive', () => check([
  ["He will leave at dawn (4 a.m. EDT Thursday), Castro said.", '2000-04-05', [['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00']]],
  ['Officials did not plan to remove Elian on Thursday morning.', '2000-03-29', [['Thursday morning', 'TIME', '2000-03-30TMO']]],
]));

// 1999-05-07 and 2000-01-07 are Fridays, 1998-08-17 a Monday, 1999-03-13 a Saturday, 2000-01-06 a Thursday.
describe('the verb that governs the time', () => check([
  // a fronted "until" leaves the tense to its clause
  ['Until Thursday, they had not called Kopp a suspect.', '1999-05-07', [['Thursday', 'DATE', '1999-05-06']]],
  ['Until Friday, the company will accept bids.', '1999-05-05', [['Friday', 'DATE', '1999-05-07']]],
  // "until" points ahead after a deferral, and only ends a span after other verbs
  ['Officials postponed until Tuesday morning any action on the case.', '2000-03-30', [['Tuesday morning', 'TIME', '2000-04-04TMO']]],
  ['The agency extended its deadline until Friday.', '2000-03-30', [['Friday', 'DATE', '2000-03-31']]],
  ['Rescuers worked until Friday.', '1998-08-08', [['Friday', 'DATE', '1998-08-07']]],
  // no verb in reach: the nearest such day
  ['She is scheduled to spend five hours in Dar es Salaam, Tanzania, her first stop Tuesday morning, and then four hours in Nairobi.', '1998-08-17',
    [['five hours', 'DURATION', 'PT5H'], ['Tuesday morning', 'TIME', '1998-08-18TMO'], ['four hours', 'DURATION', 'PT4H']]],
  ['The third flight departs each Thursday from August 6.', '1998-02-13', [['each Thursday', 'SET', 'XXXX-WXX-4'], ['August 6', 'DATE', '1998-08-06']]],
  // a bare month with no verb is one gone by
  ['In January, a week after the anniversary.', '1998-10-25', [['January', 'DATE', '1998-01'], ['a week', 'DURATION', 'P1W']]],
  // an infinitive under a past verb: the nearest day; under a present one: ahead
  ["The government staged celebrations to mark the country's entry into NATO on Friday.", '1999-03-13', [['Friday', 'DATE', '1999-03-12']]],
  ['Among the first countries to accede to NATO on Friday were also Poland and the Czech Republic.', '1999-03-13', [['Friday', 'DATE', '1999-03-12']]],
  ['The boy was taken to make the late-November trip, Castro said.', '2000-01-28', [['late-November', 'DATE', '1999-11']]],
  // the governing verb may sit further back than the infinitive
  ["The Hungarian government staged a number of celebrations to mark the country's entry into NATO on Friday.", '1999-03-13', [['Friday', 'DATE', '1999-03-12']]],
  ['A new information system made it extremely difficult for Sun to meet demand for its newest computers well into the summer.', '1989-10-26', [['the summer', 'DATE', '1989-SU']]],
  ['The company is to close the plant Friday.', '1999-03-13', [['Friday', 'DATE', '1999-03-19']]],
  // "to death" is no infinitive
  ['Slepian was shot to death on the night of Oct. 23.', '1999-05-05', [['Oct. 23', 'DATE', '1998-10-23']]],
  // a negated "could" reports a failed try; a plain one looks ahead
  ['Neither he nor his grandparents could be located Wednesday in their hometown.', '2000-01-06', [['Wednesday', 'DATE', '2000-01-05']]],
  ['He could not be reached for comment Wednesday.', '2000-01-06', [['Wednesday', 'DATE', '2000-01-05']]],
  ['The decision could be announced Wednesday.', '2000-01-06', [['Wednesday', 'DATE', '2000-01-12']]],
  ['The decision will be announced Wednesday.', '2000-01-06', [['Wednesday', 'DATE', '2000-01-12']]],
  // a plan told in the past: the nearest day, unless it is done ("as planned")
  ['Protesters planned a large demonstration on Saturday.', '2000-01-07', [['Saturday', 'DATE', '2000-01-08']]],
  ['The strike went ahead as planned Saturday.', '2000-01-07', [['Saturday', 'DATE', '2000-01-01']]],
]));
