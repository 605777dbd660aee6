import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../core/analysis.js';
import { analysisOf, type FixtureEntity } from './__fixtures__/analysis-of.js';
import { runEvents } from './__fixtures__/run-events.js';

const E: FixtureEntity[] = [['Greece', 'GRC', 'state', null], ['Turkey', 'TUR', 'state', null]];
const DATE = '1987-04-08';
const SAID = [{ cue: 'said', speaker: 'Turkey', ids: ['TUR'] }];

/** [text, its dated expressions as [text, value], each event as "TYPE time"]. */
const CASES: Array<[string, Array<[string, string]>, string[]]> = [
  // the act a statement performs is dated by the report; an event it describes ahead is not
  ['Turkey said today that Greece must withdraw its troops.', [['today', '1987-04-08']], ['RETREAT null', 'REQUEST 1987-04-08']],
  ['Turkey said on Tuesday it would meet Greece.', [['on Tuesday', '1987-04-07']], ['AGREE 1987-04-07', 'CONSULT null']],
  // the announcement is made at the report, not at the time of what it announces
  ['Turkey said it would meet Greece next week.', [['next week', '1987-W16']], ['AGREE null', 'CONSULT 1987-04']],
  // a reported fact with no date of its own happened by the report
  ['Turkey said today that Greece had withdrawn its troops.', [['today', '1987-04-08']], ['RETREAT 1987-04-08']],
  ['Turkey said today that Greece had withdrawn its troops in March.', [['today', '1987-04-08'], ['in March', '1987-03']], ['RETREAT 1987-03']],
  // a time of the described event stays with it, and a report with no time dates nothing
  ['Turkey said Greece must withdraw its troops by Friday.', [['by Friday', '1987-04-10']], ['RETREAT 1987-04-10', 'REQUEST null']],
];


describe('events: a statement\'s own act is dated by the report', () => {
  it.each(CASES)('%s', (text, dated, want) => {
    const base = analysisOf(text, DATE, E, SAID);
    const times: TimeExpr[] = dated.map(([t, value]) => {
      const start = text.indexOf(t);
      return { start, end: start + t.length, text: t, type: 'DATE', value, sentence: 0, signal: null };
    });
    const a = runEvents({ ...base, times });
    expect(a.events.map((e) => `${e.type} ${e.time?.value ?? null}`)).toEqual(want);
    // an act a statement performs occurred, whenever what it announces is to happen
    for (const e of a.events) if (e.type === 'AGREE' || e.type === 'REQUEST') expect(e.status).toBe('occurred');
  });
});
