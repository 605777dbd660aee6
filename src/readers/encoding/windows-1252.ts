// Bytes 0x80–0x9F in Windows-1252 (WHATWG Encoding Standard, index-windows-1252); the rest is Latin-1.
// Five bytes are unassigned and map to the C1 control of the same number, as the standard says.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 (what "Latin-1" means on the web). Node's TextDecoder reads this label as
 * ISO-8859-1 and turns curly quotes into control characters, so the table is applied here.
 *
 * @example decodeWindows1252(Buffer.from([0x93, 0x41, 0x94])) // '“A”'
 */
export function decodeWindows1252(buf: Uint8Array): string {
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80]!));
}
