import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBatches } from './jsonl-lines.js';

async function viaBatches(chunks: Buffer[], maxLines: number): Promise<{ n: number; text: string }[]> {
  const out: { n: number; text: string }[] = [];
  for await (const b of lineBatches(Readable.from(chunks), maxLines)) {
    let from = 0;
    b.ends.forEach((end, k) => {
      out.push({ n: b.firstLine + k, text: Buffer.from(b.bytes.subarray(from, end)).toString('utf8') });
      from = end;
    });
  }
  return out;
}

async function viaReadline(chunks: Buffer[]): Promise<{ n: number; text: string }[]> {
  const out: { n: number; text: string }[] = [];
  let n = 0;
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push({ n: ++n, text: line });
  return out;
}

describe('lineBatches: the lines readline would read', () => {
  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['a\rb\r\n\r\nc', ['a', 'b', '', 'c']],
    ['\n\n', ['', '']],
    ['', []],
    ['é\n😀', ['é', '😀']],
  ])('%j', async (text, lines) => {
    expect((await viaBatches([Buffer.from(text)], 2)).map((l) => l.text)).toEqual(lines);
  });

  it('any text cut into any chunks, any batch size', async () => {
    const pieces = fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' ', '{}');
    await fc.assert(fc.asyncProperty(fc.array(pieces, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 4 }),
      async (ps, cuts, maxLines) => {
        const bytes = Buffer.from(ps.join(''));
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const c of [...at, bytes.length]) { if (c > from) chunks.push(bytes.subarray(from, c)); from = Math.max(from, c); }
        // Cutting inside a UTF-8 sequence is fine: lines are split on bytes, decoded whole.
        expect(await viaBatches(chunks, maxLines)).toEqual(await viaReadline([bytes]));
      }), { numRuns: 300 });
  });
});
