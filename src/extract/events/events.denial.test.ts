import { describe, expect, it } from 'vitest';
import { extractEvents } from './__fixtures__/run-events.js';

// What a speaker denies is denied, on the speaker's word (articles GUIDE: "denied that" → denied).
const events = (text: string) => extractEvents(text, '2025-11-14')
  .map((e) => [e.type, e.source.map((p) => p.entity), e.status, e.attribution.map((x) => x.entity)]);

describe('denials', () => {
  it.each([
    ['Kazakh officials denied that Rubio met Tokayev this month.', [['CONSULT', ['person:marco-rubio'], 'denied', ['KAZ']]]],
    ['Mauritania denied reports that it would join the Abraham Accords.', [['AGREE', ['MRT'], 'denied', ['MRT']]]],
    ['Israel disputed claims that Turkey had attacked Syria.', [['ASSAULT', ['TUR'], 'denied', ['ISR']]]],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });

  // a report, a confirmation or an accusation is no denial
  it.each([
    ['Kazakh officials confirmed that Rubio met Tokayev this month.', 'occurred'],
    ['Kazakh officials said that Rubio met Tokayev this month.', 'occurred'],
  ])('%s', (text, status) => {
    expect(events(text).map((e) => e[2])).toEqual([status]);
  });
});
