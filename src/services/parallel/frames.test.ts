import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameParts, frameReader, type Frame } from './frames.js';

const read = (chunks: Buffer[]): Frame[] => {
  const frames: Frame[] = [];
  const push = frameReader((f) => frames.push(f));
  for (const c of chunks) push(c);
  return frames;
};

describe('frames', () => {
  it('a header alone, and a header with a payload', () => {
    const bytes = Buffer.concat([...frameParts({ batch: 1 }), ...frameParts({ batch: 2, ok: 3 }, Buffer.from('é\n'))]);
    const frames = read([bytes]);
    expect(frames.map((f) => [f.header, f.payload.toString()])).toEqual([[{ batch: 1 }, ''], [{ batch: 2, ok: 3 }, 'é\n']]);
  });

  it('any frames cut into any chunks come out whole and in order', () => {
    const frame = fc.record({ n: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 30 }) });
    fc.assert(fc.property(fc.array(frame, { maxLength: 8 }), fc.array(fc.nat({ max: 200 }), { maxLength: 10 }), (items, cuts) => {
      const all = Buffer.concat(items.flatMap((it) => frameParts({ n: it.n }, Buffer.from(it.text))));
      const at = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((from, k) => all.subarray(from, [...at, all.length][k]));
      expect(read(chunks).map((f) => ({ n: (f.header as { n: number }).n, text: f.payload.toString() }))).toEqual(items);
    }));
  });
});
