import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../core/document.js';
import { createExtractor } from '../../services/extractor.js';
import { formatExtraction } from './extraction-table.js';

const extractor = createExtractor();
const render = (text: string) => formatExtraction(extractor.extract(makeDocument({ id: 'd', date: '2025-11-06', text, origin: 'test', format: 'text' })));

describe('the extraction table', () => {
  it.each([
    // a person by name and state, a state by its code, each once
    ['President Donald Trump met Israeli Prime Minister Benjamin Netanyahu on Thursday.', 'Donald Trump (USA) → ISR, Benjamin Netanyahu (ISR)'],
    ['Kazakhstan will join the Abraham Accords.', 'KAZ → —'],
  ])('%s', (text, parties) => {
    // the first event's cell, over the lines it wraps to
    const lines = render(text).split('\n');
    const first = lines.findIndex((l) => l.startsWith('│ 0 '));
    const end = lines.findIndex((l, i) => i > first && !l.startsWith('│'));
    const cell = lines.slice(first, end).map((l) => l.split('│')[3]!.trim()).join(' ').trim();
    expect(cell).toBe(parties);
  });
});
