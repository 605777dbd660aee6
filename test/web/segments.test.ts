import { describe, expect, it } from 'vitest';
import { segments, type Layer } from '../../src/web/components/segments.js';

const L = (start: number, end: number, layer: Layer['layer'], ref: string): Layer => ({ start, end, layer, ref });
const view = (len: number, layers: Layer[]) => segments(len, layers).map((s) => `${s.start}-${s.end}:${s.layers.map((l) => l.ref).join('+')}`);

describe('segments (article highlighting)', () => {
  it.each<[string, number, Layer[], string[]]>([
    ['no layer', 5, [], ['0-5:']],
    ['one span', 10, [L(2, 5, 'time', 't')], ['0-2:', '2-5:t', '5-10:']],
    ['nested', 10, [L(0, 10, 'event', 'ev'), L(2, 4, 'entity', 'e')], ['0-2:ev', '2-4:ev+e', '4-10:ev']],
    ['crossing', 10, [L(1, 6, 'quote', 'q'), L(4, 8, 'entity', 'e')], ['0-1:', '1-4:q', '4-6:q+e', '6-8:e', '8-10:']],
    ['clipped and dropped', 6, [L(4, 99, 'time', 't'), L(7, 9, 'entity', 'x'), L(3, 3, 'entity', 'empty')], ['0-4:', '4-6:t']],
  ])('%s', (_, len, layers, expected) => expect(view(len, layers)).toEqual(expected));

  it('covers the text exactly, in order', () => {
    const s = segments(100, [L(10, 50, 'event', 'a'), L(20, 30, 'entity', 'b'), L(25, 60, 'quote', 'c')]);
    expect(s[0].start).toBe(0);
    expect(s.at(-1)!.end).toBe(100);
    for (let i = 1; i < s.length; i++) expect(s[i].start).toBe(s[i - 1].end);
  });
});
