import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../core/analysis.js';
import { anchorTime, eventDate, eventTimes } from './anchor-time.js';

const HEADS = new Set(['deadline']);

/** A DATE expression at the first occurrence of its text. */
function time(text: string, whole: string, value: string, signal: string | null = null): TimeExpr {
  const start = whole.indexOf(text);
  return { start, end: start + text.length, text, type: 'DATE', value, sentence: 0, signal };
}

describe('event times', () => {
  it.each([
    ['1987-W24', '1987-06'], ['1987-W14', '1987-04'], ['2020-W01', '2020-01'], ['1987-06-02', '1987-06-02'], ['1987', '1987'],
  ])('a week is widened to the month of its Thursday: %s → %s', (value, want) => {
    expect(eventDate(value)).toBe(want);
  });

  it.each<[string, string, string, string | null]>([
    // a dateline dates the dispatch
    ['COPENHAGEN, June 29 - Canada threatened to stop imports from July 14.', 'June 29', '1987-06-29', null],
    // the start of a period
    ['Sudan is the third country since August to normalize.', 'August', '2020-08', 'since'],
    // a vague reference
    ['Removing the sanctions is currently out of the question.', 'currently', 'PRESENT_REF', null],
    // the date of a deadline
    ['Canada postponed the July 1 deadline.', 'July 1', '1987-07-01', null],
  ])('%s: "%s" does not date an event', (text, t, value, signal) => {
    expect(eventTimes([time(t, text, value, signal)], [], text, HEADS)).toEqual([]);
  });

  it('keeps a plain date and picks the nearest for an event', () => {
    const text = 'COPENHAGEN, June 29 - Canada threatened to stop imports from July 14.';
    const times = eventTimes([time('June 29', text, '1987-06-29'), time('July 14', text, '1987-07-14')], [], text, HEADS);
    expect(anchorTime(text.indexOf('stop'), times)).toEqual({ value: '1987-07-14', text: 'July 14' });
  });
});
