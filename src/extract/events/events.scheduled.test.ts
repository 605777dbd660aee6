import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../core/analysis.js';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [['Greece', 'GRC', 'state', null], ['Turkey', 'TUR', 'state', null], ['Japan', 'JPN', 'state', null]];
const DATE = '1987-03-15';

/** [text, its dated expressions as [text, value], the time of each CONSULT event in order]. */
const CASES: Array<[string, Array<[string, string]>, Array<string | null>]> = [
  // an undated expected event in the sentences after a scheduled meeting happens at that meeting
  ['Greece will hold talks with Turkey tomorrow. The ministers were also due to discuss trade.', [['tomorrow', '1987-03-16']],
    ['1987-03-16', '1987-03-16']],
  ['Greece will meet Turkey next week. Prices rose. Japan is expected to attend the meeting.', [['next week', '1987-W12']],
    ['1987-03', '1987-03']],
  // an event with a date of its own keeps it; an event that is no longer ahead takes none
  ['Greece will meet Turkey tomorrow. Japan will meet Turkey in April.', [['tomorrow', '1987-03-16'], ['in April', '1987-04']],
    ['1987-03-16', '1987-04']],
  ['Greece will meet Turkey tomorrow. Japan met Turkey.', [['tomorrow', '1987-03-16']], ['1987-03-16', null]],
  // a meeting already held schedules nothing
  ['Greece met Turkey on Friday. The ministers were due to discuss trade.', [['on Friday', '1987-03-13']], ['1987-03-13', null]],
  // nor does a meeting more than six sentences back
  ['Greece will meet Turkey tomorrow. Prices rose. Prices rose. Prices rose. Prices rose. Prices rose. Prices rose. The ministers were due to discuss trade.', [['tomorrow', '1987-03-16']],
    ['1987-03-16', null]],
];


describe('events: the meeting under discussion dates what is expected after it', () => {
  it.each(CASES)('%s', (text, dated, want) => {
    const base = analysisOf(text, DATE, E);
    const times: TimeExpr[] = dated.map(([t, value]) => {
      const start = text.indexOf(t);
      const sentence = base.tokens.find((k) => k.start === start)!.sentence;
      return { start, end: start + t.length, text: t, type: 'DATE', value, sentence, signal: null };
    });
    const a = runEvents({ ...base, times });
    expect(a.events.filter((e) => e.type === 'CONSULT').map((e) => e.time?.value ?? null)).toEqual(want);
  });
});
