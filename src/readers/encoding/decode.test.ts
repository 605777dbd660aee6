import { describe, expect, it } from 'vitest';
import { declaredCharset } from './declared-charset.js';
import { decodeBytes } from './decode.js';

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const cat = (...parts: (number[] | Buffer)[]) => Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p)));

describe('decodeBytes', () => {
  it.each<[string, Buffer, string, string, string[]]>([
    ['plain UTF-8', Buffer.from('Genève — “talks”'), 'Genève — “talks”', 'utf-8', []],
    ['UTF-8 with BOM (stripped)', cat([0xef, 0xbb, 0xbf], Buffer.from('Genève')), 'Genève', 'utf-8', []],
    ['UTF-16 LE with BOM', cat([0xff, 0xfe], Buffer.from('Genève 😀', 'utf16le')), 'Genève 😀', 'utf-16le', []],
    ['UTF-16 BE with BOM', cat([0xfe, 0xff], utf16be('Genève 😀')), 'Genève 😀', 'utf-16be', []],
    ['UTF-16 LE without BOM', Buffer.from('date 2025-11-06 Talks resumed.', 'utf16le'), 'date 2025-11-06 Talks resumed.', 'utf-16le',
      ['no byte-order mark; read as UTF-16LE']],
    ['Latin-1', Buffer.from('Genève, café', 'latin1'), 'Genève, café', 'windows-1252', ['not valid UTF-8; read as Windows-1252 (Latin-1)']],
    ['Windows-1252 quotes', cat([0x93, 0x41, 0x94, 0x20, 0x80]), '“A” €', 'windows-1252', ['not valid UTF-8; read as Windows-1252 (Latin-1)']],
  ])('%s', (_name, bytes, text, encoding, warnings) => {
    expect(decodeBytes(bytes, 'f')).toEqual({ text, encoding, warnings });
  });

  it('honours a declared single-byte charset when the bytes are not UTF-8', () => {
    const bytes = cat(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><t>'), [0xb1], Buffer.from('</t>'));
    expect(declaredCharset(bytes)).toBe('ISO-8859-2');
    expect(decodeBytes(bytes, 'f', declaredCharset(bytes))).toMatchObject({ text: '<?xml version="1.0" encoding="ISO-8859-2"?><t>ą</t>', warnings: [] });
    expect(declaredCharset(Buffer.from('<html><head><meta charset="windows-1251">'))).toBe('windows-1251');
  });

  it.each<[string, Buffer, RegExp]>([
    ['a NUL byte', cat(Buffer.from('PK'), [3, 4, 0, 0]), /^binary content \(NUL byte at offset 4\)/],
    ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 2 : 0x41))), /^binary content \(133 control characters in 200\)/],
    ['odd UTF-16', cat([0xff, 0xfe], [0x41, 0, 0x42]), /^truncated UTF-16LE text/],
    ['a NUL character in UTF-16', cat([0xff, 0xfe], [0x41, 0, 0, 0]), /^binary content \(NUL character\)/],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(() => decodeBytes(bytes, 'f')).toThrow(reason);
  });
});
