import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/readers/inputs.js';
import { tmp } from '../helpers.js';
import { buildHostileCorpus, mismatches } from './hostile-corpus.js';

const MAX = 2 * 1024 * 1024;

describe('readInputs over a folder of hostile inputs', () => {
  it('gives every input exactly the expected outcome, quickly, and skips hidden files', async () => {
    const dir = tmp('accords-hostile-');
    const expected = buildHostileCorpus(dir, MAX);
    const t = performance.now();
    const items: InputItem[] = [];
    for await (const item of readInputs([dir], { maxSize: MAX })) items.push(item);
    const elapsed = performance.now() - t;
    const got = items.map((i) => i.kind === 'document'
      ? { input: relative(dir, i.doc.origin), doc: i.doc.id }
      : { input: relative(dir, i.input), error: i.error });
    expect(mismatches(got, expected)).toEqual([]);
    expect(got.some((g) => g.input.startsWith('.'))).toBe(false);
    expect(elapsed).toBeLessThan(8000);
  });

  it('flattens a 100,000-deep page in well under a second and keeps its text', async () => {
    const dir = tmp('accords-deep-');
    buildHostileCorpus(dir, MAX);
    // Warm the HTML modules so the bound measures the page, not the first import.
    for await (const _ of readInputs([join(dir, 'sub/good-3.html')]));
    const t = performance.now();
    const items: InputItem[] = [];
    for await (const item of readInputs([join(dir, 'deep-nesting.html')])) items.push(item);
    expect(performance.now() - t).toBeLessThan(1500);
    const [item] = items;
    expect(item!.kind).toBe('document');
    if (item!.kind !== 'document') return;
    expect(item.doc.text).toContain('Deeply nested words about the ceasefire talks in Geneva.');
    expect(item.doc.warnings[0]).toMatch(/^HTML nested 100002 levels deep; flattened below 128$/);
  });
});
