const CDATA_RE = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const ENTITY_RE = /&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The character data of raw XML content: CDATA sections unwrapped as they are, XML's five entities
 * and character references decoded elsewhere; nothing else is expanded (no DTD entities, ever).
 *
 * @example xmlText('AT&amp;T <![CDATA[<b>x</b>]]>') // 'AT&T <b>x</b>'
 */
export function xmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA_RE)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = m.index! + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name]!;
    const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // A reference to a surrogate or beyond Unicode would make an invalid string.
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0) return '\uFFFD';
    return String.fromCodePoint(cp);
  });
}
