import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate: the day a metadata value states', () => {
  it.each<[string, string]>([
    ['2025-11-06', '2025-11-06'],
    ['2025-11-06T23:30:00-05:00', '2025-11-06'],
    ['2025-11-06 18:00', '2025-11-06'],
    ['  2025-1-6 ', '2025-01-06'],
    ['20251106', '2025-11-06'],
    ['20251106T120000Z', '2025-11-06'],
    ['2025/11/06', '2025-11-06'],
    ['2025.11.06', '2025-11-06'],
    ['Thu, 06 Nov 2025 18:00:00 GMT', '2025-11-06'],
    ['Thu, 6 Nov 25 18:00:00 +0000', '2025-11-06'],
    ['06 Nov 1987 10:00:00 EST', '1987-11-06'],
    ['November 6, 2025', '2025-11-06'],
    ['Thursday, November 6, 2025', '2025-11-06'],
    ['Nov. 6 2025', '2025-11-06'],
    ['6th November 2025', '2025-11-06'],
    ['2024-02-29', '2024-02-29'],
    ['121108', '2012-11-08'],
    ['870226', '1987-02-26'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('normalizeDate: values that name no day', () => {
  it.each<[string]>([['2025-02-30'], ['121340'], ['12110'], ['1211080'], ['tomorrow'], ['']])('%j → null', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});
