/** One tag found by {@link scanTags}: `open` (not self-closing) or `close`, with its span in the source. */
export interface TagToken {
  readonly kind: 'open' | 'close' | 'selfclose';
  /** Lower-cased tag name, with any namespace prefix. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

// Elements whose content is raw text: a "<div>" inside a script is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noembed', 'noframes']);

/**
 * Scans markup in one linear pass without building a tree: yields every element tag, skipping
 * comments, CDATA, declarations, processing instructions and (in HTML) raw-text element bodies.
 * Runs in time linear in the input, whatever its nesting; unterminated constructs end the scan.
 *
 * @example [...scanTags('<p>a<br/></p>', false)].map((t) => t.kind) // ['open', 'selfclose', 'close']
 */
export function* scanTags(src: string, html: boolean): Generator<TagToken> {
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) return;
    const c = src.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const end = skipDeclaration(src, lt);
      if (end < 0) return;
      i = end;
      continue;
    }
    const closing = c === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(src.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && isNameChar(src.charCodeAt(nameEnd))) nameEnd++;
    const gt = tagEnd(src, nameEnd);
    if (gt < 0) return;
    const name = src.slice(nameStart, nameEnd).toLowerCase();
    const selfClosing = !closing && src.charCodeAt(gt - 1) === 0x2f;
    yield { kind: closing ? 'close' : selfClosing ? 'selfclose' : 'open', name, start: lt, end: gt + 1 };
    i = gt + 1;
    if (html && !closing && !selfClosing && RAW_TEXT.has(name)) {
      const re = new RegExp(`</${name}[\\s>/]`, 'gi');
      re.lastIndex = i;
      const m = re.exec(src);
      if (!m) return;
      i = m.index;
    }
  }
}

function skipDeclaration(src: string, lt: number): number {
  if (src.startsWith('<!--', lt)) return after(src, '-->', lt + 4);
  if (src.startsWith('<![CDATA[', lt)) return after(src, ']]>', lt + 9);
  // A DOCTYPE's internal subset holds '>' characters: it ends at ']>' when it has one.
  const gt = src.indexOf('>', lt);
  const bracket = src.indexOf('[', lt);
  if (bracket >= 0 && gt >= 0 && bracket < gt && /^<!doctype/i.test(src.slice(lt, lt + 9))) return after(src, ']>', bracket);
  return gt < 0 ? -1 : gt + 1;
}

function after(src: string, marker: string, from: number): number {
  const k = src.indexOf(marker, from);
  return k < 0 ? -1 : k + marker.length;
}

/** Finds the '>' that ends a tag, stepping over quoted attribute values. */
function tagEnd(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const q = src.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (q < 0) return -1;
      i = q;
    } else if (c === 0x3c) {
      // A '<' before any '>' means this tag was never closed: treat it as ending here.
      return i - 1;
    }
  }
  return -1;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x3a;
}
