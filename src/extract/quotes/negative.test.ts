import { describe, expect, it } from 'vitest';
import { analyzeForTest } from '../reports/fixture.js';

const D = '2025-11-06';
const texts = (text: string) => analyzeForTest(text, D, []).quotes.map((q) => q.text);

describe('QuoteStage: not quotations', () => {
  it.each<[string]>([
    ['Britain and the US value the so-called ‘special relationship’ above all.'],
    ['The plan, dubbed “Operation Sunrise,” begins in May.'],
    ['She told ABC’s “This Week” that the vote was close.'],
    ['He appeared on “The View” on Monday.'],
    // a quoted modifier nobody is said to have used is a term
    ['The agreement includes a “snapback” clause on sanctions.'],
    ['The “unity” lunch was held on Monday.'],
    // a linked headline in a digest
    ['—“Morrison leaves the Broadway show” http://nyti.ms/1RHiWiu.'],
    // a title after "on" or "podcast", even with a speaker near
    ['Trump said on “Morning Joe” that he would win.'],
    ['The movement is known as “Self-Determination” in the region.'],
    // ''…'' and ``…'' are an encoding artifact of old newswire archives, not quotation marks
    ["''We go now,'' he said."],
    ["``We will stay,'' said a senior official."],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('QuoteStage: single marks where the document quotes with double marks', () => {
  it.each<[string, string[]]>([
    ['“We will stay,” he said of the ‘special relationship’ talks.', ['We will stay']],
    ['A ‘historic day’, the paper wrote.\n\n“We will stay,” he said.', ['We will stay']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('QuoteStage: quotations without a speaker', () => {
  it.each<[string, string]>([
    ['Tonight: “We will win.”', 'We will win.'],
    ['The email appears to contradict comments that “time and distance prevented a response.”', 'time and distance prevented a response.'],
    ['“Peace for our time.”\n\nThe treaty was signed in Munich.', 'Peace for our time.'],
    ['Under the deal, sanctions “snap back” if Iran cheats.', 'snap back'],
  ])('%s', (text, quote) => {
    const q = analyzeForTest(text, D, []).quotes;
    expect(q.map((x) => [x.text, x.speakerText, x.speaker, x.speakerStart])).toEqual([[quote, null, null, null]]);
  });
});

describe('QuoteStage: robustness', () => {
  it.each<[string]>([
    ['“Unclosed quote that runs to the end'],
    ['Closing only” he said.'],
    ['“'],
    ['”'],
    ["''"],
    ['" " " "'],
    ['He said, ““nested twice” is odd.”'],
    ['\n\n“\n\n”\n\n'],
  ])('never crashes and keeps spans inside the text: %j', (text) => {
    for (const q of analyzeForTest(text, D, []).quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerStart !== null) expect(q.speakerEnd!).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays fast on a long document of quotes and reporting verbs', () => {
    const unit = '“We will, we said, said, told, according to,” said a senior official, who said, “and, and, and.” ';
    const text = (unit.repeat(40) + '\n\n').repeat(50);
    const t0 = performance.now();
    const q = analyzeForTest(text, D, []).quotes;
    expect(q.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
