import { describe, expect, it } from 'vitest';
import { runTimes } from './fixture.js';

const D = '2025-11-06';

// Each text must yield no time expression at all.
const NOTHING: readonly string[] = [
  'Net income was $1.35 a share.',
  'Sun Microsystems shares rose.',
  'The talks may resume, officials said.',
  'Thousands of marchers filled the square.',
  'The score was 3-2 after extra time.',
  'Inflation reached 2.5 percent.',
  'The ratio stood at 10:1 against.',
  'About 2000 troops were deployed.',
  'The company paid $2010 in fees.',
  'Flight 800 exploded over the sea.',
  'A 6-year-old boy was rescued.',
  'They will march on the capital.',
  'April Glaspie met the president.',
  'He watched Saturday Night Live.',
  'Good Morning America aired the interview.',
  'The March of Dimes raised money.',
  'He reads the Daily Telegraph.',
  'She gave a second speech.',
  'Rates rose 1,998 points.',
  'The Today show interviewed him.',
];

describe('negative cases', () => {
  it.each(NOTHING)('%s', (text) => {
    expect(runTimes(text, D).map((t) => t.text)).toEqual([]);
  });

  it('keeps the time next to a non-time', () => {
    expect(runTimes('Net income was $1.35 a share in 1989.', D).map((t) => t.text)).toEqual(['1989']);
  });
});

// Ages, films and event adjectives that look like times.
const NOT_TIMES: readonly string[] = [
  'Mr. Reupke, 52 years old, resigned.',
  'The poster showed Gary Cooper from the film High Noon.',
  'The recent sale of shares helped.',
  'The father was soon released.',
];

describe('ages, titles and event adjectives', () => {
  it.each(NOT_TIMES)('%s', (text) => {
    expect(runTimes(text, D).map((t) => t.text)).toEqual([]);
  });
});

describe('names that start with a month', () => {
  it.each(['The May Department Stores chain grew.', 'They will march on the capital in force.'])('%s', (text) => {
    expect(runTimes(text, D).map((t) => t.text)).toEqual([]);
  });
});
