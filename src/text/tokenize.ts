import type { Token, TokenKind } from '../core/analysis.js';

/** Language data the tokenizer needs. */
export interface TokenizerLexicon {
  /** Lower-cased abbreviations without their final period ("gen", "sept"). */
  readonly abbreviations: ReadonlySet<string>;
}

/** A token before the sentence splitter places it (`sentence` is -1 until then). */
export type RawToken = { -readonly [K in keyof Token]: Token[K] };

// One pass over the text. Order matters: dotted acronyms before words, numbers before words.
const TOKEN_RE = new RegExp([
  String.raw`(?<acr>(?:\p{L}\.){2,}(?!\p{L}))`,                    // U.S.  U.N.  (keeps final period)
  String.raw`(?<num>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))`,
  String.raw`(?<word>[\p{L}\p{M}\d]+(?:['’](?!(?:s|re|ve|ll|d|m)(?![\p{L}\p{M}]))[\p{L}\p{M}]+)*)`,
  String.raw`(?<quote>["“”‘’'«»„‟‹›])`,
  String.raw`(?<punct>[^\s])`,
].join('|'), 'gu');

const CLITIC_RE = /^['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{M}\d])/iu;

/** Folds typographic apostrophes so lexicon lookups see one form. */
export function fold(s: string): string {
  const l = s.toLowerCase();
  return l.indexOf('’') < 0 ? l : l.replace(/’/g, "'");
}

/**
 * Splits text into tokens with exact offsets. Clitics ("’s", "n’t", "’re") are tokens of their own;
 * hyphens are punctuation tokens so that "US-led" yields "US".
 *
 * @example tokenize("Kazakhstan’s entry", lex).map(t => t.text)  // ["Kazakhstan", "’s", "entry"]
 */
export function tokenize(text: string, lex: TokenizerLexicon): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const g = m.groups!;
    let kind: TokenKind;
    if (g.acr !== undefined) kind = 'word';
    else if (g.num !== undefined) kind = 'number';
    else if (g.word !== undefined) kind = 'word';
    else if (g.quote !== undefined) kind = 'quote';
    else kind = 'punct';
    const spaceBefore = start === 0 || start > prevEnd;

    if (kind === 'quote' && (m[0] === '’' || m[0] === "'") && out.length > 0 && start === prevEnd) {
      const c = CLITIC_RE.exec(text.slice(start, start + 4));
      if (c && out[out.length - 1]!.kind !== 'punct') {
        end = start + c[0].length;
        push(out, text, start, end, 'clitic', false);
        TOKEN_RE.lastIndex = end;
        prevEnd = end;
        continue;
      }
    }
    if (kind === 'word' && g.word !== undefined) {
      // "don’t" → "do" + "n’t"
      const nt = /^(\p{L}+)(n['’]t)$/iu.exec(m[0]);
      if (nt && nt[1]!.length > 0 && /^(do|does|did|is|are|was|were|has|have|had|would|could|should|ca|wo|must|need|might|ai)$/i.test(nt[1]!)) {
        push(out, text, start, start + nt[1]!.length, 'word', spaceBefore);
        push(out, text, start + nt[1]!.length, end, 'clitic', false);
        prevEnd = end;
        continue;
      }
      // "Gen." "Sept." "e.g." : keep the period with a known abbreviation or a single initial
      if (text.charCodeAt(end) === 46 /* . */) {
        const w = m[0];
        const isInitial = w.length === 1 && /\p{Lu}/u.test(w);
        if (isInitial || lex.abbreviations.has(w.toLowerCase())) end += 1;
      }
    }
    push(out, text, start, end, kind, spaceBefore);
    if (end !== start + m[0].length) TOKEN_RE.lastIndex = end;
    prevEnd = end;
  }
  return out;
}

function push(out: RawToken[], text: string, start: number, end: number, kind: TokenKind, spaceBefore: boolean): void {
  const t = text.slice(start, end);
  out.push({ index: out.length, start, end, text: t, lower: fold(t), kind, sentence: -1, spaceBefore });
}
