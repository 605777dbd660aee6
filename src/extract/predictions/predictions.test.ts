import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../core/analysis.js';
import { makeContext } from '../../core/stage.js';
import { loadEnglish } from '../../lang/en/index.js';
import { analysisOf } from '../events/__fixtures__/analysis-of.js';
import { runEvents } from '../events/__fixtures__/run-events.js';
import { addDays, endOfPeriod } from './deadline.js';
import { PredictionStage } from './stage.js';

const pack = loadEnglish();
const stage = new PredictionStage(pack.events.predictions);

function run(text: string, date: string, times: TimeExpr[] = []) {
  const a0 = analysisOf(text, date, [['Kushner', 'person:jared-kushner', 'person', 'USA'], ['Craft', 'person:kelly-craft', 'person', 'USA'],
    ['Akunis', 'person:ofir-akunis', 'person', 'ISR'], ['Israel', 'ISR', 'state', null]],
  [{ cue: 'said', speaker: text.includes('Kushner') ? 'Kushner' : text.includes('Craft') ? 'Craft' : 'Akunis',
    ids: [text.includes('Kushner') ? 'person:jared-kushner' : text.includes('Craft') ? 'person:kelly-craft' : 'person:ofir-akunis'] }]);
  return stage.run(makeContext(text, date), runEvents({ ...a0, times }));
}

describe('predictions', () => {
  it.each([
    ['Kushner said another such breakthrough could come in the next 90 or so days.', '2020-08-13', '2020-11-11', 'possible'],
    ['Craft said one country would sign "in the next day or two."', '2020-09-23', '2020-09-25', 'expected'],
  ])('%s', (text, date, deadline, status) => {
    const a = run(text, date);
    expect(a.predictions).toHaveLength(1);
    const p = a.predictions[0]!;
    expect(p.deadline).toBe(deadline);
    expect(p.madeOn).toBe(date);
    expect(a.events[p.event]!.type).toBe('AGREE');
    expect(a.events[p.event]!.status).toBe(status);
  });

  it('reads "before" a date as the day before it', () => {
    const text = 'Akunis said he expects Israel to sign an agreement before Nov. 3.';
    const at = text.indexOf('Nov. 3');
    const t: TimeExpr = { start: at, end: at + 6, text: 'Nov. 3', type: 'DATE', value: '2020-11-03', sentence: 0, signal: 'before' };
    const a = run(text, '2020-10-21', [t]);
    expect(a.predictions.map((p) => [p.predictor, p.deadline])).toEqual([['person:ofir-akunis', '2020-11-02']]);
  });

  it('makes no prediction without a deadline', () => {
    expect(run('Kushner said other countries could follow.', '2020-08-13').predictions).toEqual([]);
  });

  it('computes period ends and day offsets', () => {
    expect(endOfPeriod('2025')).toBe('2025-12-31');
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
  });
});
