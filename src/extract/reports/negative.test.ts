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
    // manner-of-speaking verbs report words only beside a quotation
    ['Trump laughed at the idea that Mexico would pay.'],
    ['The crowd cheers and the band plays on.'],
    // -s forms that are more often nouns
    ['His notes were long and the claims went unanswered.'],
    ['Republican claims dominated the debate that week.'],
    ['Trump shot a video at the rally.'],
    ['The debate is over how the United States responds to violence at home.'],
    // a complementizer after the cue is no inverted source
    ['Asked about it, said that Trump would win.'],
    // an inverted cue followed by no source
    ['“It went well,” said matter-of-factly.'],
    ['The minister, who described the deal as a trap, spoke on Monday.'],
    ['The king ruled the country for decades.'],
    // a quoted modifier of a noun that names no one is no quotation before its source
    ['The “clean hands” phrase the senator cited on Monday has appeared before.'],
    // a quotation after a preposition is no content of a clause-only verb
    ['Diplomats he has spoken with “remain hopeful” about the talks.'],
  ])('%s', (text) => {
    expect(analyzeForTest(text, D, []).reports.map((r) => r.cue.text)).toEqual([]);
  });

  it('finds no frame inside a quotation', () => {
    const text = '“They said no,” Netanyahu told reporters.';
    expect(analyzeForTest(text, D, []).reports.map((r) => r.cue.text)).toEqual(['told']);
  });
});
