import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/core/document.js';
import { createExtractor } from '../../src/services/extractor.js';
import { spanProblems } from './span-check.js';

// One "sentence" of ~30,000 characters: clauses joined by commas, never a full stop, as in a
// transcript or a wire without punctuation. News sentences are short, hostile input is not.
const CLAUSE = 'Kazakhstan will join the Abraham Accords on Thursday, officials said, and ';
const TEXT = CLAUSE.repeat(400);
const BOUND_MS = 2500;

function extractTimed(): { ms: number; problems: string[] } {
  const doc = makeDocument({ id: 'long', date: '2025-11-06', text: TEXT, origin: 'long', format: 'text' });
  const t = performance.now();
  const out = createExtractor().extract(doc);
  return { ms: performance.now() - t, problems: spanProblems(TEXT, out) };
}

describe('a 30,000-character sentence', () => {
  let run: { ms: number; problems: string[] };
  beforeAll(() => {
    run = extractTimed();
  });

  it('keeps every span inside the text', () => {
    expect(run.problems).toEqual([]);
  });

  // The events stage dates events from the sentence's times, filtered once per sentence (it was
  // cubic: events × times × frames, each reading the text between them): ~0.3 s now.
  it(`is extracted within ${BOUND_MS} ms`, () => {
    expect(run.ms).toBeLessThan(BOUND_MS);
  });
});
