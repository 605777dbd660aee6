import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './find-quotes.js';

const quoted = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.start, q.end));
const marksOf = (text: string) => findQuoteSpans(text).map((q) => q.marks);

describe('findQuoteSpans: quote shapes', () => {
  it.each<[string, string[]]>([
    ['He said “no more talks.”', ['no more talks.']],
    ['He said "no more talks."', ['no more talks.']],
    ["''We go now,'' he said.", ['We go now']],
    ['``We go now,\'\' he said.', ['We go now']],
    ['Il a dit «non merci».', ['non merci']],
    ['She called it ‘a historic day’ for both.', ['a historic day']],
    ['“A,” he said, “B.”', ['A', 'B.']],
    ['“It’s what we’re ‘told’ to do,” she said.', ['It’s what we’re ‘told’ to do']],
    ['Trump’s aides and the Joneses’ house', []],
    ['“”', []],
    ['<tweet author="someone" id="12">Text</tweet> and “this”', ['this']],
    ["rock 'n' roll in the '90s", []],
    // marks of the wrong shape, read by their spacing
    ['an “expedited review“ of Flint', ['expedited review']],
    ['He says,” there are a lot of people who never get listened to.”', ['there are a lot of people who never get listened to.']],
    ['he said.\n\n” … if the incumbent can visit, he will.”', ['… if the incumbent can visit, he will.']],
    // an invisible direction mark before the opening mark
    ['\u202A”Sorry Sarah, you should have said it,” she posted.', ['Sorry Sarah, you should have said it']],
    // a straight opening mark doubled by a curly one
    ['"“You don’t win by states,” Rubio responded.', ['You don’t win by states']],
    // curly marks nested in a straight quote
    ['"As “The Wall Street Journal” said, you did it," he said.', ['As “The Wall Street Journal” said, you did it']],
    // a single mark closing a double quote that holds no nested one
    ['She tweeted: “Let’s go. We can stop it.’ She was in the room.', ['Let’s go. We can stop it.']],
    // a new quotation opens before the last one closed
    ['She said “and all of the niceties she was trying to say. “And she said no,” Ann said.',
      ['and all of the niceties she was trying to say.', 'And she said no']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findQuoteSpans: which marks', () => {
  it.each<[string, string[]]>([
    ['He said “no.”', ['double']],
    ['He said "no."', ['double']],
    ['Il a dit «non».', ['double']],
    ['She called it ‘a historic day’ for both.', ['single']],
    // the old newswire encoding of “ ”: found (its words are masked) but tagged as no quotation
    ["''We go now,'' he said.", ['apostrophes']],
    ['``We go now,\'\' he said.', ['apostrophes']],
  ])('%s', (text, expected) => {
    expect(marksOf(text)).toEqual(expected);
  });
});

describe('findQuoteSpans: paragraphs', () => {
  it('continues a quote left open when the next paragraph opens one', () => {
    const text = '“We will stay.\n\n“We will win,” he said.';
    const spans = findQuoteSpans(text);
    expect(spans.map((q) => [text.slice(q.start, q.end), q.continues, q.closed])).toEqual([
      ['We will stay.', true, false],
      ['We will win', false, true],
    ]);
  });

  it('keeps an unclosed quote of a few words to the paragraph end', () => {
    const text = 'He said “we will not give up\nThe end.';
    expect(quoted(text)).toEqual(['we will not give up']);
  });

  it('drops a stray mark', () => {
    expect(quoted('a 6" pipe\nnext')).toEqual([]);
  });

  it('never returns a span outside the text, whatever the marks', () => {
    const marks = ['"', '“', '”', '‘', '’', "'", "''", '``', '«', '»', '<', '>', '\n', ' ', 'a', ','];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 60; i++) text += marks[Math.floor(rnd() * marks.length)];
      for (const q of findQuoteSpans(text)) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.start).toBeLessThan(q.end);
        expect(q.outerStart).toBeLessThanOrEqual(q.start);
        expect(q.outerEnd).toBeGreaterThanOrEqual(q.end);
      }
    }
  });

  it('stays linear on long inputs of marks and tags', () => {
    const text = '“a ” " \' ‘ < <a b="c" '.repeat(20_000) + '\n' + '"x'.repeat(50_000) + '\n' + '<a b="\n'.repeat(20_000);
    const t0 = performance.now();
    findQuoteSpans(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
