import { describe, expect, it } from 'vitest';
import { analyze } from './__fixtures__/run.js';

// The stage walks tokens through tries: no input shape may make it slow. These texts are built to
// defeat greedy look-ahead (long capitalized runs, title words, agreement heads, pronouns).
const NASTY: [string, string][] = [
  ['capitalized run', 'Alpha Beta Gamma Delta '.repeat(5000)],
  ['title words', 'Special Envoy Senior Adviser Deputy Foreign Minister '.repeat(3000)],
  ['agreement heads', 'The Treaty of Peace Accords Agreement Board of '.repeat(3000)],
  ['pronouns and people', 'President Trump said he met Netanyahu and he said she agreed. '.repeat(1500)],
  ['hyphens and particles', 'al-bin-al-Burhan bin al '.repeat(5000)],
  ['dateline lookalikes', 'WASHINGTON (Reuters) - \n\n'.repeat(3000)],
];

describe('performance guard', () => {
  it.each(NASTY)('%s stays linear', (_name, text) => {
    const t0 = performance.now();
    analyze(text);
    const ms = performance.now() - t0;
    // ~100 KB of text: a linear pass takes tens of milliseconds; allow a loaded machine.
    expect(ms).toBeLessThan(3000);
  });
});
