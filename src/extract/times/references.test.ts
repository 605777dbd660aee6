import { describe, expect, it } from 'vitest';
import { runTimes } from './fixture.js';

type Row = readonly [text: string, date: string, expected: readonly (readonly [span: string, type: string, value: string])[]];

const check = (rows: readonly Row[]) => it.each(rows)('%s (%s)', (text, date, expected) => {
  const got = runTimes(text, date).map((t) => [t.text, t.type, t.value]);
  expect(got).toEqual(expected);
});

const D = '1989-10-30';

describe('vague adjectives', () => check([
  ['It cited current market conditions.', D, [['current', 'DATE', 'PRESENT_REF']]],
  ['Gonzalez would travel with his current wife.', D, [['current', 'DATE', 'PRESENT_REF']]],
  ['The provision eliminates future losses.', D, []],
  ["The law decides Elian's future.", D, [['future', 'DATE', 'FUTURE_REF']]],
  // before a unit or a qualifier the adjective belongs to the period
  ['Sales in the current quarter rose.', D, [['the current quarter', 'DATE', '1989-Q4']]],
]));

describe('units as adjectives, centuries', () => check([
  ['They left their third day-long meeting.', D, [['day-long', 'DURATION', 'P1D']]],
  ['A year-long feud ended.', D, [['year-long', 'DURATION', 'P1Y']]],
  ['Angkor Wat is an 11th century temple.', D, [['11th century', 'DATE', '10']]],
]));

describe('rates are not times, frequencies are', () => check([
  ['The stock pays a dividend of $1.76 a year.', D, []],
  ['It will save $500 million a year.', D, []],
  ['The route gains 700 seats a week.', D, []],
  ['The board meets twice a year.', D, [['a year', 'SET', 'P1Y']]],
  // an offset after an amount is still a date
  ['Revenue rose from $10 million a year ago.', D, [['a year ago', 'DATE', '1988']]],
]));

describe('periods counted from the day or quarter under discussion', () => check([
  ['Net rose in the third quarter. For the quarter a year ago, it fell.', '1989-10-26', [['the third quarter', 'DATE', '1989-Q3'], ['the quarter a year ago', 'DATE', '1988-Q3']]],
  ['Net rose in the third quarter, against the corresponding period last year.', '1989-10-26', [['the third quarter', 'DATE', '1989-Q3'], ['the corresponding period last year', 'DATE', '1988-Q3']]],
  ['On Friday the index fell 4.5% from the previous Friday.', '1989-10-30', [['Friday', 'DATE', '1989-10-27'], ['the previous Friday', 'DATE', '1989-10-20']]],
  ['It may be resolved the week of March 6.', '2000-02-24', [['the week of March 6', 'DATE', '2000-W10']]],
  ['It was signed Oct. 23, 1998. His name was crossed out that same day.', '1999-02-06', [['Oct. 23, 1998', 'DATE', '1998-10-23'], ['that same day', 'DATE', '1998-10-23']]],
]));

describe('today in general and the day', () => check([
  ["Rules differ in today's world.", '1998-04-24', []],
  ["These are the chips in today's personal computers.", '1989-10-27', []],
  ['I would have chosen the people of tomorrow.', '1989-11-02', []],
  ["Tomorrow's vote has international implications.", '1998-03-03', [['Tomorrow', 'DATE', '1998-03-04']]],
  ["Shareholders responded coolly to yesterday's announcement.", '1989-10-26', [['yesterday', 'DATE', '1989-10-25']]],
]));

describe('the season, the fiscal year, the week', () => check([
  ['Demand will stay high well into the summer.', '1989-10-26', [['the summer', 'DATE', '1990-SU']]],
  ['Orders rose from the low levels of the early summer.', '1989-10-26', [['the early summer', 'DATE', '1989-SU']]],
  ['The sector is going to start getting beat up in the spring.', '1998-02-06', [['the spring', 'DATE', '1998-SP']]],
  ['Sales in the current fiscal year will rise.', '1989-11-02', [['the current fiscal year', 'DATE', '1989']]],
  ['It had sales of $7 billion in the latest fiscal year.', '1989-10-26', [['the latest fiscal year', 'DATE', '1988']]],
  ["Volume rose Thursday, the week's most active session.", '1989-10-30', [['Thursday', 'DATE', '1989-10-26'], ['the week', 'DATE', '1989-W43']]],
]));

describe('the fall is no season', () => check([
  ['They recalled the fall of the Berlin Wall.', '1989-12-01', []],
  ['Analysts expected the fall in prices.', '1989-12-01', []],
]));

describe('coordinated days, months after an article, particles', () => check([
  ['The summit will be held on April 24 and 25.', '1999-02-10', [['April 24', 'DATE', '1999-04-24'], ['25', 'DATE', '1999-04-25']]],
  // (a past verb: last May's 3rd, not the coming one)
  ['Prices rose on May 3 and 4 percent later.', '1999-02-10', [['May 3', 'DATE', '1998-05-03']]],
  ['The March accession will enable the talks.', '1999-02-10', [['March', 'DATE', '1999-03']]],
  ["They looked for ways to get around Wednesday's ruling.", '2000-01-15', [['Wednesday', 'DATE', '2000-01-12']]],
  ['Sales in 1986 rose 5% from the same period last year.', '1987-03-02', [['1986', 'DATE', '1986'], ['the same period last year', 'DATE', '1985']]],
]));

describe('a directed month with its day, holidays by nearness', () => check([
  ['He was shot to death last Oct. 23 at his home.', '1999-04-19', [['last Oct. 23', 'DATE', '1998-10-23']]],
  ['He was elected last Oct. 23, 1998.', '1999-04-19', [['last Oct. 23, 1998', 'DATE', '1998-10-23']]],
  ['Sales rose last March 3 percent.', '1999-04-19', [['last March', 'DATE', '1998-03']]],
  // the month just gone would be "last month": "last February" in March is a year back
  ['Two helicopters crashed last February.', '1998-03-01', [['last February', 'DATE', '1997-02']]],
  ['Sales fell last January.', '1998-03-01', [['last January', 'DATE', '1998-01']]],
  ['Sales fell last December.', '2000-01-13', [['last December', 'DATE', '1999-12']]],
  // a holiday six days ahead is this year's even in a past-tense clause; a year away is not
  ['Protesters prayed as Easter week began.', '2000-04-17', [['Easter week', 'DATE', '2000-W16']]],
  ['He came home for Easter.', '2000-04-17', [['Easter', 'DATE', '2000-04-23']]],
  ['He spent Christmas in Havana.', '2000-04-17', [['Christmas', 'DATE', '1999-12-25']]],
  ['He will spend Christmas in Havana.', '2000-11-20', [['Christmas', 'DATE', '2000-12-25']]],
  ['He spent last Christmas in Havana.', '2000-12-20', [['last Christmas', 'DATE', '1999-12-25']]],
]));

describe('an indefinite quarter is an aside', () => check([
  ['Net rose in the third quarter. After a flat second quarter, sales gained. In the 1989 period also, rates were lower than a year ago.', '1989-11-01',
    [['the third quarter', 'DATE', '1989-Q3'], ['second quarter', 'DATE', '1989-Q2'], ['the 1989 period', 'DATE', '1989-Q3'], ['a year ago', 'DATE', '1988-Q3']]],
  // the article of "a third-quarter loss" goes with the loss
  ['It expects a third-quarter loss. A year earlier, it earned $2 million.', '1989-11-02',
    [['third-quarter', 'DATE', '1989-Q3'], ['A year earlier', 'DATE', '1988-Q3']]],
]));

describe('a day counted from a month told last', () => check([
  ['The site closed Thursday. Doctors were killed, most recently last October when Slepian was gunned down. His name was crossed out that same day.', '1999-02-06',
    [['Thursday', 'DATE', '1999-02-04'], ['most recently', 'DATE', 'PAST_REF'], ['last October', 'DATE', '1998-10'], ['that same day', 'DATE', '1998-10-XX']]],
  ['He arrived in October. The next day he left.', '1999-02-06', [['October', 'DATE', '1998-10'], ['The next day', 'DATE', '1998-10-XX']]],
  // a day told after the month is the anchor again
  ['He arrived in October, on Oct. 3. The next day he left.', '1999-02-06', [['October', 'DATE', '1998-10'], ['Oct. 3', 'DATE', '1998-10-03'], ['The next day', 'DATE', '1998-10-04']]],
]));
