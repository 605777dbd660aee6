/** The few DOM members the text walk needs (linkedom and browser nodes both have them). */
export interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly localName?: string;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul', 'caption', 'details', 'summary', 'body', 'html',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'object', 'canvas', 'select']);
const ELEMENT = 1, TEXT = 3, CDATA = 4;

/**
 * The readable text under a node: paragraphs (block elements, `<br>` lines) separated by a blank
 * line, whitespace inside a paragraph collapsed, scripts and styles left out. Walks with an explicit
 * stack, so no nesting depth can overflow the call stack.
 *
 * @example domText(parseHTML('<p>One</p><p>Two <b>words</b></p>').document.body) // 'One\n\nTwo words'
 */
export function domText(root: TextNodeLike): string {
  const paragraphs: string[] = [];
  let line: string[] = [];
  const lines: string[] = [];
  const flushLine = () => {
    const s = line.join('').replace(/\s+/g, ' ').trim();
    if (s) lines.push(s);
    line = [];
  };
  const flushParagraph = () => {
    flushLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines.length = 0;
  };
  // Entries are nodes to visit, or a marker to close a block once its children are done.
  const stack: (TextNodeLike | 'end-block')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      flushParagraph();
      continue;
    }
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      line.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.localName ?? '';
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      flushLine();
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flushParagraph();
      stack.push('end-block');
    } else if (name === 'td' || name === 'th') line.push(' ');
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flushParagraph();
  return paragraphs.join('\n\n');
}

/** How deep the element tree under `root` goes, counted without recursion. */
export function domDepth(root: TextNodeLike, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [TextNodeLike, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    if (deepest > stopAt) return deepest;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === ELEMENT) stack.push([kids[i]!, d + 1]);
  }
  return deepest;
}
