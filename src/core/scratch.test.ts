import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch.js';

describe('Scratch', () => {
  it.each([
    ['bytes', (s: Scratch, n: number) => s.u8(n), 1],
    ['32-bit integers', (s: Scratch, n: number) => s.i32(n), 4],
  ] as const)('hands out zeroed %s of the length asked, aligned for their type', (_kind, take, width) => {
    const s = new Scratch(64);
    for (const n of [0, 1, 3, 7, 16, 100]) {
      const a = take(s, n);
      expect(a.length).toBe(n);
      expect(a.every((x) => x === 0)).toBe(true);
      expect(a.byteOffset % width).toBe(0);
    }
  });

  it('never hands out the same bytes twice, across buffers too', () => {
    const s = new Scratch(32);
    const arrays = [s.u8(5), s.i32(3), s.u8(20), s.i32(40), s.u8(1)];
    arrays.forEach((a, k) => a.fill(k + 1));
    arrays.forEach((a, k) => expect([...a].every((x) => x === k + 1)).toBe(true));
  });

  it('gives a request larger than a buffer a buffer of its own', () => {
    const s = new Scratch(16);
    const big = s.i32(1000);
    expect(big.buffer.byteLength).toBe(4000);
    expect(s.u8(4).buffer).not.toBe(big.buffer);
  });

  it.each([
    ['', 4096], ['x'.repeat(2000), 8000], ['x'.repeat(10_000_000), 1 << 20],
  ])('sizes its buffers by the text (%#)', (text, bytes) => {
    expect(Scratch.forText(text).u8(1).buffer.byteLength).toBe(bytes);
  });
});
