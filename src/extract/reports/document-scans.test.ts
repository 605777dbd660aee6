import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../core/analysis.js';
import { makeContext } from '../../core/stage.js';
import { loadEnglish } from '../../lang/en/index.js';
import { TokenizeStage } from '../../text/tokenize-stage.js';
import { findQuoteSpans } from '../quotes/find-quotes.js';
import { DocumentScans } from './document-scans.js';
import { maskQuoted } from './scan.js';

const pack = loadEnglish();
const tokenized = (text: string): Analysis => new TokenizeStage(pack.tokenizer)
  .run(makeContext(text, '2025-01-01'), emptyAnalysis({ id: 't', date: '2025-01-01', title: null, text } as Analysis['doc']));

describe('DocumentScans', () => {
  it.each([
    ['“No,” he said.'],
    ['He said "we will" and left.'],
    ['No quotation here.'],
  ])('gives what the scans give: %j', (text) => {
    const a = tokenized(text);
    const scans = new DocumentScans();
    expect(scans.quoteSpans(a)).toEqual(findQuoteSpans(text));
    expect([...scans.quoteMask(a)]).toEqual([...maskQuoted(a.tokens, findQuoteSpans(text))]);
  });

  it('reuses the scans of the same document, also from a copy of its analysis', () => {
    const a = tokenized('“No,” he said.');
    const scans = new DocumentScans();
    const spans = scans.quoteSpans(a), mask = scans.quoteMask(a), mentions = scans.mentions(a);
    const b = { ...a, reports: [] };
    expect(scans.quoteSpans(b)).toBe(spans);
    expect(scans.quoteMask(b)).toBe(mask);
    expect(scans.mentions(b)).toBe(mentions);
  });

  it('scans another document anew (negative: no stale mask)', () => {
    const scans = new DocumentScans();
    const a = tokenized('“No,” he said.');
    const b = tokenized('He said no.');
    scans.quoteMask(a);
    expect(scans.quoteSpans(b)).toEqual([]);
    expect([...scans.quoteMask(b)]).toEqual(b.tokens.map(() => 0));
    expect(scans.mentions(b)).not.toBe(scans.mentions(a));
  });
});
