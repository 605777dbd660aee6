import { AccordsError } from '../../core/errors.js';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * Bytes turned into text, with the encoding that was used and what the reader should report.
 *
 * @example decodeBytes(readFileSync('a.txt'), 'a.txt') // {text: '…', encoding: 'utf-8', warnings: []}
 */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

// C0/C1 controls other than tab, newline, vertical tab, form feed and carriage return.
const CONTROL_RE = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/g;
// A text with more control characters than this share of its sample is not text.
const MAX_CONTROL_SHARE = 0.05;
const SAMPLE = 64 * 1024;

/**
 * Decodes a file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE; the BOM is stripped), else UTF-8 when
 * the bytes are valid UTF-8, else a charset the markup declares, else Windows-1252 with a warning.
 * Binary content (a NUL byte, or mostly control characters) is refused with the reason.
 */
export function decodeBytes(buf: Uint8Array, where: string, declared?: string | null): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return checked(utf8(buf.subarray(3), where, declared), where);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return checked(utf16(buf.subarray(2), 'utf-16le', where), where);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return checked(utf16(buf.subarray(2), 'utf-16be', where), where);
  const bomless = bomlessUtf16(buf);
  if (bomless) {
    const d = utf16(buf, bomless, where);
    return checked({ ...d, warnings: [`no byte-order mark; read as ${bomless.toUpperCase()}`] }, where);
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new AccordsError(`binary content (NUL byte at offset ${nul}); not a text document`, where);
  return checked(utf8(buf, where, declared), where);
}

function utf8(buf: Uint8Array, where: string, declared?: string | null): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not UTF-8: trust a declared single-byte charset, else assume the commonest legacy one.
    const label = declared && !/^utf-?(8|16)/i.test(declared) ? supported(declared) : null;
    if (label === 'windows-1252') return { text: decodeWindows1252(buf), encoding: label, warnings: [] };
    if (label) return { text: new TextDecoder(label).decode(buf), encoding: label, warnings: [] };
    return {
      text: decodeWindows1252(buf), encoding: 'windows-1252',
      warnings: ['not valid UTF-8; read as Windows-1252 (Latin-1)'],
    };
  }
}

function utf16(buf: Uint8Array, label: 'utf-16le' | 'utf-16be', where: string): Decoded {
  if (buf.length % 2 === 1) throw new AccordsError(`truncated ${label.toUpperCase()} text (odd number of bytes)`, where);
  return { text: new TextDecoder(label).decode(buf), encoding: label, warnings: [] };
}

/** Detects UTF-16 without a BOM: ASCII-range text leaves every other byte zero. */
function bomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}

function supported(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function checked(d: Decoded, where: string): Decoded {
  const sample = d.text.length > SAMPLE ? d.text.slice(0, SAMPLE) : d.text;
  if (sample.includes('\u0000')) throw new AccordsError('binary content (NUL character); not a text document', where);
  const controls = sample.match(CONTROL_RE)?.length ?? 0;
  if (controls > 8 && controls > sample.length * MAX_CONTROL_SHARE) {
    throw new AccordsError(`binary content (${controls} control characters in ${sample.length}); not a text document`, where);
  }
  return d;
}
