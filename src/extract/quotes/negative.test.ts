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
    // a show named as the outlet of an interview, even beside a speaker
    ['The senator told “Good Evening Ohio” on Sunday that the bill would pass.'],
    ['In an interview with “Capitol Report,” the minister defended the plan.'],
    ['Speaking to “Morning Briefing” on Monday, she declined to comment.'],
    // a work after its kind and a comma, or before the people or the kind of the show
    ['She recalled the talks in her memoir, “Long Road Home,” published in May.'],
    ['“Harbor Lights” star Ana Ruiz attended the summit.'],
    ['Crews filmed scenes for the latest “Steel Rain” movie near the port.'],
    // a list of titles once the first is named as one
    ['He starred in “Border Town,” “Night Shift” and “The Envoy.”'],
    // a digest's headline with its writer's credit
    ['—“Ministers meet in Geneva to discuss the truce,” by the Tribune’s Ann Lee: http://t.co/x'],
    // a heading alone in its paragraph, and a label
    ['The talks resumed.\n\n“A VOTE IN SEPTEMBER”\n\nThe vote will be held in the autumn.'],
    ['“Related:”\n\nMinisters Meet In Geneva.'],
    // the words mentioned as a sentence's subject, not said
    ['Officials classified the cables. “Top secret” is the highest level of classification.'],
    ['The doctrine failed. “Containment” has been policy since 1950.'],
    // slogans dated in brackets
    ['Its posters read “Close the borders” (2005) and “No to the treaty” (2009).'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('QuoteStage: title-like words that stay quotations', () => {
  it.each<[string, string[]]>([
    // a title-cased phrase after "told" is a show only when title-cased; words are still words
    ['He told reporters, “we will stay the course.”', ['we will stay the course.']],
    // the show is no quotation, the words beside it are
    ['“We will win,” the senator told “Good Evening Ohio” on Sunday.', ['We will win']],
    // a capitalized quote before a noun that names no show's people or kind
    ['Supporters wore “Vote Ruiz” hats, and Ruiz said, “Thank you all.”', ['Vote Ruiz', 'Thank you all.']],
    // a list of quotations whose first item is someone's words
    ['Ruiz named “Border Town,” “Night Shift” and “The Envoy” as her favourites.', ['Border Town', 'Night Shift', 'The Envoy']],
    // a quoted sentence that opens a sentence and goes on with its own verb
    ['“We are ready,” is what the minister said.', ['We are ready']],
    ['The talks resumed. “Peace is possible,” the minister said.', ['Peace is possible']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
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
