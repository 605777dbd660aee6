import { describe, expect, it } from 'vitest';
import { prepareTimes } from './fixture.js';

// Guards against catastrophic backtracking and quadratic scans: 1 MB inputs of the shapes the
// parsers look at (numbers, month names, hyphens, apostrophes) must go through the stage in well
// under a second of CPU time (CPU time, not wall time: the test machine is shared).
describe('performance on long inputs', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cpuMs = (f: () => unknown) => {
    const u = process.cpuUsage();
    f();
    const d = process.cpuUsage(u);
    return (d.user + d.system) / 1000;
  };

  it.each([
    ['digits and spaces', '1989 2 1/2 10:35 '],
    ['month names', 'March May June Sept. '],
    ['hyphens and apostrophes', "mid-'90s year-end third-quarter two-year-long - ' "],
    ['words without times', 'the minister said that the talks would resume '],
  ])('%s: 1 MB in under a second', (_name, unit) => {
    const run = prepareTimes(fill(unit), '2025-11-06');
    expect(cpuMs(run)).toBeLessThan(1000);
  });
});
