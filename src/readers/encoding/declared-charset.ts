// Only the head is searched: a declaration belongs in the first bytes of a page or feed.
const HEAD = 2048;
const XML_DECL_RE = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;
const META_RE = /<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i;

/**
 * The charset an XML declaration or an HTML `<meta>` names in the first bytes, if any.
 *
 * @example declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>')) // 'ISO-8859-1'
 */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, HEAD)).toString('latin1');
  return XML_DECL_RE.exec(head)?.[1] ?? META_RE.exec(head)?.[1] ?? null;
}
