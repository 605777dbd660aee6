import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from './size.js';

describe('sizes for --max-size', () => {
  it.each<[string, number]>([['2000000', 2_000_000], ['512k', 524_288], ['10MB', 10_485_760], ['1.5 mb', 1_572_864], ['1G', 1_073_741_824]])(
    'parseSize(%j) = %d', (s, n) => expect(parseSize(s)).toBe(n));
  it.each<[number, string]>([[900, '900 bytes'], [2048, '2 KB'], [10_485_760, '10 MB'], [1_572_864, '1.5 MB']])(
    'formatSize(%d) = %s', (n, s) => expect(formatSize(n)).toBe(s));
});
