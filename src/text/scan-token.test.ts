import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextToken, type TokenMatch } from './scan-token.js';

// The reference: the regular expression the scanner spells out (see scan-token.ts).
const REFERENCE = new RegExp([
  String.raw`(?<acr>(?:\p{L}\.){2,}(?!\p{L}))`,
  String.raw`(?<num>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))`,
  String.raw`(?<word>[\p{L}\p{M}\d]+(?:['’](?!(?:s|re|ve|ll|d|m)(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*)`,
  String.raw`(?<quote>["“”‘’'«»„‟‹›])`,
  String.raw`(?<punct>[^\s])`,
].join('|'), 'gu');

function viaRegex(text: string): string[] {
  const out: string[] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(text)) !== null) {
    const g = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];
    out.push(`${m.index}-${m.index + m[0].length}:${g}`);
  }
  return out;
}

function viaScanner(text: string): string[] {
  const out: string[] = [];
  const m: TokenMatch = { start: 0, end: 0, group: 'punct' };
  let pos = 0;
  while (nextToken(text, pos, m)) {
    out.push(`${m.start}-${m.end}:${m.group}`);
    pos = m.end;
  }
  return out;
}

describe('nextToken matches what the reference expression matches', () => {
  it.each([
    ['U.S.-led talks at 5 p.m. on Sept. 15, 2020.'],
    ['$1.35 a share, the 1980s, 5th, 3rdparty, 1.5x, 12:30/45, 1stX, 2s'],
    ['O’Brien didn’t say we’re done; rock’n’roll’s ’s ’ll’d'],
    ['“Quoted,” ‘single’ «guillemets» „low‟ ‹a›'],
    ['Café naïve Ångström 東京 ٣ 𝐀.𝐁. x\u0301y \u00a0nbsp\u2003em'],
    ['a.b.c d.e F.G.h I.J..'],
    ['\ud800 lone \udc00 surrogates 😀 emoji 😀’s'],
  ])('%j', (text) => {
    expect(viaScanner(text)).toEqual(viaRegex(text));
  });

  it('on any mix of the characters that matter', () => {
    const alphabet = fc.constantFrom('a', 'B', 'z', 's', 't', 'h', 'n', 'd', 'r', 'e', 'l', 'm', 'v', '1', '9', '0', '.', ',', ':', '/',
      "'", '’', '“', '"', '-', ' ', '\n', '\u00a0', 'é', 'Ü', '\u0301', '東', '٣', '😀', '𝐀', '\ud800', '$', '(');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }), (cs) => {
      const text = cs.join('');
      expect(viaScanner(text)).toEqual(viaRegex(text));
    }), { numRuns: 3000 });
  });

  it('stays linear on long runs (no backtracking blow-up)', () => {
    const text = '1.'.repeat(20000) + 'x ' + 'a.'.repeat(20000) + "a’".repeat(20000);
    const t = performance.now();
    viaScanner(text);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
