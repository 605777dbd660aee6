import { describe, expect, it } from 'vitest';
import { prepareTimes } from './fixture.js';

// Guards against catastrophic backtracking and quadratic scans on long inputs of the shapes the
// parsers look at (numbers, month names, hyphens, apostrophes). The machine is shared, so the test
// checks growth, not speed alone: after a warm-up, four times the input may take at most about
// six times as long (a quadratic scan takes sixteen), and 1 MB stays within a generous bound.
describe('performance on long inputs', () => {
  const KB = 1 << 10;
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const cpuMs = (text: string) => {
    const run = prepareTimes(text, '2025-11-06');
    const u = process.cpuUsage();
    run();
    const d = process.cpuUsage(u);
    return (d.user + d.system) / 1000;
  };
  const best = (text: string) => Math.min(cpuMs(text), cpuMs(text));

  it.each([
    ['digits and spaces', '1989 2 1/2 10:35 1330 GMT '],
    ['month names', 'March May June Sept. '],
    ['hyphens and apostrophes', "mid-'90s year-end third-quarter two-year-long - ' "],
    ['words without times', 'the minister said that the talks would resume '],
  ])('%s: grows linearly up to 1 MB', (_name, unit) => {
    best(fill(unit, 16 * KB));
    const small = best(fill(unit, 256 * KB));
    const large = best(fill(unit, 1024 * KB));
    expect(large).toBeLessThan(6 * small + 250);
    expect(large).toBeLessThan(5000);
  });
});
