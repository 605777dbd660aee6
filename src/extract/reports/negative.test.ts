import { describe, expect, it } from 'vitest';
import { analyzeForTest } from './fixture.js';

const D = '2025-11-06';

describe('ReportStage: not reporting frames', () => {
  it.each<[string]>([
    ['Kazakhstan joined, with an announcement expected Thursday evening.'],
    ['Israel and Kazakhstan have maintained diplomatic relations for decades.'],
    ['Netanyahu declined to say which country would be next.'],
    ['He was told to leave the building.'],
    ['The claims were rejected and the report was late.'],
    ['Rubio met Tokayev to discuss trade.'],
    ['“Who said that?” is a question for another day.'],
    ['The saying goes that all politics is local.'],
  ])('%s', (text) => {
    expect(analyzeForTest(text, D, []).reports.map((r) => r.cue.text)).toEqual([]);
  });

  it('finds no frame inside a quotation', () => {
    const text = '“They said no,” Netanyahu told reporters.';
    expect(analyzeForTest(text, D, []).reports.map((r) => r.cue.text)).toEqual(['told']);
  });
});
