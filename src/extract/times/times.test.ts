import { describe, expect, it } from 'vitest';
import { runTimes } from './fixture.js';

type Row = readonly [text: string, date: string, expected: readonly (readonly [span: string, type: string, value: string])[]];

const check = (rows: readonly Row[]) => it.each(rows)('%s (%s)', (text, date, expected) => {
  const got = runTimes(text, date).map((t) => [t.text, t.type, t.value]);
  expect(got).toEqual(expected);
});

// Thursday 2025-11-06 is the example article's date.
const D = '2025-11-06';

describe('calendar dates', () => check([
  ['The deal was signed on Sept. 30, 1989.', D, [['Sept. 30, 1989', 'DATE', '1989-09-30']]],
  ['They met Friday, Oct. 13, in Geneva.', '1989-10-20', [['Friday, Oct. 13', 'DATE', '1989-10-13']]],
  ['The summit opened 6 March 2025.', D, [['6 March 2025', 'DATE', '2025-03-06']]],
  ['Output fell in August 1998.', D, [['August 1998', 'DATE', '1998-08']]],
  ['He resigned in May.', D, [['May', 'DATE', '2025-05']]],
  ['The offer expires Dec. 15, the company said.', '1989-11-02', [['Dec. 15', 'DATE', '1989-12-15']]],
  ['The dividend is payable Jan. 2.', '1989-11-02', [['Jan. 2', 'DATE', '1990-01-02']]],
  ['The file is dated 2025-11-06.', D, [['2025-11-06', 'DATE', '2025-11-06']]],
  ['In 2009 the talks failed.', D, [['2009', 'DATE', '2009']]],
  ['He was born in \'58.', D, [['\'58', 'DATE', '1958']]],
  ['That was in nineteen ninety-six.', D, [['nineteen ninety-six', 'DATE', '1996']]],
  ['The hostages were freed on Christmas Day.', '1990-12-28', [['Christmas Day', 'DATE', '1990-12-25']]],
]));

describe('weekdays follow the tense', () => check([
  ['Ministers met on Friday.', D, [['Friday', 'DATE', '2025-10-31']]],
  ['The minister said Friday that talks would resume.', D, [['Friday', 'DATE', '2025-10-31']]],
  ['Ministers will meet Friday.', D, [['Friday', 'DATE', '2025-11-07']]],
  ['The vote is expected Monday.', D, [['Monday', 'DATE', '2025-11-10']]],
  ['Kazakhstan joins on Thursday.', D, [['Thursday', 'DATE', '2025-11-06']]],
  ['They met last Friday and will meet next Monday.', D, [['last Friday', 'DATE', '2025-10-31'], ['next Monday', 'DATE', '2025-11-10']]],
  ['The talks resume this Saturday.', D, [['this Saturday', 'DATE', '2025-11-08']]],
]));

describe('parts of day and clock times', () => check([
  ['Trump announced it Thursday evening.', D, [['Thursday evening', 'TIME', '2025-11-06TEV']]],
  ['He will speak tonight.', D, [['tonight', 'TIME', '2025-11-06TNI']]],
  ['Rebels attacked last night.', D, [['last night', 'TIME', '2025-11-05TNI']]],
  ['She spoke this morning.', D, [['this morning', 'TIME', '2025-11-06TMO']]],
  ['The blast came at 10:35 a.m. Friday.', '1998-08-08', [['10:35 a.m. Friday', 'TIME', '1998-08-07T10:35']]],
  ['The deadline is 5 p.m. EST Nov. 9.', '1998-11-02', [['5 p.m. EST Nov. 9', 'TIME', '1998-11-09T17:00']]],
  ['The offer expired at midnight Friday.', '1989-10-30', [['midnight Friday', 'TIME', '1989-10-27T24:00']]],
  ['Talks ended yesterday afternoon.', D, [['yesterday afternoon', 'TIME', '2025-11-05TAF']]],
  // a parenthetical between a clock time and its day: the clock time is on that day
  ['The blast came at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', [['about 10:35 a.m.', 'TIME', '1998-08-07T10:35'], ['Friday', 'DATE', '1998-08-07']]],
  ['He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', '2000-04-05',
    [['4 in the morning', 'TIME', '2000-04-06T04:00'], ['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00']]],
  ['The blast came at 10:35 a.m. (0735 GMT).', '1998-08-08', [['10:35 a.m.', 'TIME', '1998-08-08T10:35']]],
  ['The talks began at 1330 GMT on Thursday and ended at 1800 gmt.', '2025-11-06', [['1330 GMT on Thursday', 'TIME', '2025-11-06T13:30'], ['1800 gmt', 'TIME', '2025-11-06T18:00']]],
  ['The curfew starts at 2200 hours.', '2025-11-06', [['2200 hours', 'TIME', '2025-11-06T22:00']]],
  ['In 1330 the city fell; 2400 GMT is no clock time.', '2025-11-06', [['1330', 'DATE', '1330']]],
  ['The blast came at 10:35 a.m. (0735 GMT) and rescuers worked until Friday.', '1998-08-08', [['10:35 a.m.', 'TIME', '1998-08-08T10:35'], ['Friday', 'DATE', '1998-08-07']]],
]));

describe('relative dates', () => check([
  ['Exports rose last month.', D, [['last month', 'DATE', '2025-10']]],
  ['Sales fell last week.', '1998-03-01', [['last week', 'DATE', '1998-W08']]],
  ['They meet next year.', D, [['next year', 'DATE', '2026']]],
  ['They met earlier this month.', D, [['earlier this month', 'DATE', '2025-11']]],
  ['Talks began two years ago.', D, [['two years ago', 'DATE', '2023']]],
  ['It opened a month ago.', '1989-10-30', [['a month ago', 'DATE', '1989-09']]],
  ['It happened six weeks ago.', '2000-01-06', [['six weeks ago', 'DATE', '1999-W47']]],
  ['Talks opened on March 3, 2020, and ended the following day.', D, [['March 3, 2020', 'DATE', '2020-03-03'], ['the following day', 'DATE', '2020-03-04']]],
  ['They fled in June 1998 and returned later that year.', D, [['June 1998', 'DATE', '1998-06'], ['later that year', 'DATE', '1998']]],
  ['It was sold in January this year.', D, [['January this year', 'DATE', '2025-01']]],
  ['Profit rose yesterday, and today shares fell.', D, [['yesterday', 'DATE', '2025-11-05'], ['today', 'DATE', '2025-11-06']]],
]));

describe('periods', () => check([
  ['Profit rose in the third quarter.', '1989-11-02', [['the third quarter', 'DATE', '1989-Q3']]],
  ['It posted a third-quarter loss.', '1989-11-02', [['third-quarter', 'DATE', '1989-Q3']]],
  ['Sales in the fourth quarter of 1988 fell.', D, [['the fourth quarter of 1988', 'DATE', '1988-Q4']]],
  ['Net rose in the third quarter. In the year-ago quarter it fell.', '1989-11-02', [['the third quarter', 'DATE', '1989-Q3'], ['the year-ago quarter', 'DATE', '1988-Q3']]],
  ['Net rose in the third quarter, from $5 million a year earlier.', '1989-11-02', [['the third quarter', 'DATE', '1989-Q3'], ['a year earlier', 'DATE', '1988-Q3']]],
  ['Earnings for fiscal 1989 rose.', D, [['fiscal 1989', 'DATE', '1989']]],
  // a fiscal year before or after a quarter or half is that period's year, in one expression
  ['The fiscal 1989 third quarter results.', D, [['The fiscal 1989 third quarter', 'DATE', '1989-Q3']]],
  ["In fiscal 1990's first quarter, sales rose.", '1989-11-02', [["fiscal 1990's first quarter", 'DATE', '1990-Q1']]],
  ['Results for the third quarter of fiscal 1989.', D, [['the third quarter of fiscal 1989', 'DATE', '1989-Q3']]],
  ['The fiscal third quarter ended.', '1989-11-02', [['The fiscal third quarter', 'DATE', '1989-Q3']]],
  ['Growth slowed in the first half of 1990.', D, [['the first half of 1990', 'DATE', '1990-H1']]],
  ['It will open this summer.', D, [['this summer', 'DATE', '2025-SU']]],
  ['It opened last fall.', '1990-02-01', [['last fall', 'DATE', '1989-FA']]],
  ['Prices soared in the 1990s.', D, [['the 1990s', 'DATE', '199']]],
  ['Prices soared in the mid-1990s.', D, [['the mid-1990s', 'DATE', '199']]],
  ['In the 20th century wars raged.', D, [['the 20th century', 'DATE', '19']]],
  ['Sales are due in early 2011.', D, [['early 2011', 'DATE', '2011']]],
  ['It should close by year-end.', D, [['year-end', 'DATE', '2025']]],
  ['A deal could come before the year’s end.', D, [['the year’s end', 'DATE', '2025']]],
  ['It ends at the end of the year.', D, [['the end of the year', 'DATE', '2025']]],
  ['Exports rose last week, officials said.', '2025-11-06', [['last week', 'DATE', '2025-W44']]],
]));

describe('durations', () => check([
  ['Elections come in four years.', D, [['four years', 'DURATION', 'P4Y']]],
  ['He served almost seven years.', D, [['almost seven years', 'DURATION', 'P7Y']]],
  ['The feud has lasted for decades.', D, [['decades', 'DURATION', 'PXDE']]],
  ['The talks lasted for years.', D, [['years', 'DURATION', 'PXY']]],
  ['Aid must arrive within 90 days.', D, [['90 days', 'DURATION', 'P90D']]],
  ['Profit rose in the first nine months.', D, [['the first nine months', 'DURATION', 'P9M']]],
  ['Prices rose over the past two weeks.', D, [['the past two weeks', 'DURATION', 'P2W']]],
  ['He spent 2 1/2 years in camps.', D, [['2 1/2 years', 'DURATION', 'P2Y6M']]],
  ['It took a minute and a half.', D, [['a minute and a half', 'DURATION', 'PT1M30S']]],
  ['In the last twenty four hours stocks fell.', D, [['the last twenty four hours', 'DURATION', 'PT24H']]],
  ['It signed a two-year contract.', D, [['two-year', 'DURATION', 'P2Y']]],
  ['The decades-long feud ended.', D, [['decades-long', 'DURATION', 'PXDE']]],
  ['Talks took several months.', D, [['several months', 'DURATION', 'PXM']]],
  ['Rates fell in recent weeks.', D, [['recent weeks', 'DURATION', 'PXW']]],
  ['The rate is the lowest in almost two decades.', D, [['almost two decades', 'DURATION', 'P20Y']]],
]));

describe('sets', () => check([
  ['The fee is paid annually.', D, [['annually', 'SET', 'P1Y']]],
  ['The board meets every Monday.', D, [['every Monday', 'SET', 'XXXX-WXX-1']]],
  ['Prices are reviewed each year.', D, [['each year', 'SET', 'P1Y']]],
  ['They meet twice a year.', D, [['a year', 'SET', 'P1Y']]],
  ['The show airs Tuesday nights.', D, [['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]],
]));

describe('vague references', () => check([
  ['Talks are now stalled.', D, [['now', 'DATE', 'PRESENT_REF']]],
  ['Talks are currently stalled.', D, [['currently', 'DATE', 'PRESENT_REF']]],
  ['Talks recently stalled.', D, [['recently', 'DATE', 'PAST_REF']]],
  ['Mistakes of the past will not recur in the future.', D, [['the past', 'DATE', 'PAST_REF'], ['the future', 'DATE', 'FUTURE_REF']]],
  ['Prices rose in recent years.', D, [['recent years', 'DATE', 'PAST_REF']]],
]));
