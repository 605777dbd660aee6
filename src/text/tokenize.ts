import type { Token, TokenKind } from '../core/analysis.js';
import { nextToken, type TokenMatch } from './scan-token.js';
import { shapeHash } from './word-shapes.js';

/** Language data the tokenizer needs. */
export interface TokenizerLexicon {
  /** Lower-cased abbreviations without their final period ("gen", "sept"). */
  readonly abbreviations: ReadonlySet<string>;
}

/** A token before the sentence splitter places it (`sentence` is -1 until then). */
export type RawToken = { -readonly [K in keyof Token]: Token[K] };

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
  const m: TokenMatch = { start: 0, end: 0, group: 'punct' };
  let pos = 0;
  let prevEnd = 0;
  while (nextToken(text, pos, m) !== null) {
    const start = m.start;
    let end = m.end;
    const g = m.group;
    const kind: TokenKind = g === 'acr' || g === 'word' ? 'word' : g === 'num' ? 'number' : g === 'quote' ? 'quote' : 'punct';
    const spaceBefore = start === 0 || start > prevEnd;
    pos = end;

    if (kind === 'quote' && out.length > 0 && start === prevEnd) {
      const q = text.charCodeAt(start);
      if (q === 0x2019 || q === 39) {
        const c = CLITIC_RE.exec(text.slice(start, start + 4));
        if (c && out[out.length - 1]!.kind !== 'punct') {
          end = start + c[0].length;
          push(out, text, start, end, 'clitic', false);
          pos = prevEnd = end;
          continue;
        }
      }
    }
    if (g === 'word') {
      // "don’t" → "do" + "n’t" (only a word with an apostrophe before its last letter can be one)
      const a = text.charCodeAt(end - 2);
      if (end - start >= 4 && (a === 39 || a === 0x2019)) {
        const nt = /^(\p{L}+)(n['’]t)$/iu.exec(text.slice(start, end));
        if (nt && nt[1]!.length > 0 && /^(do|does|did|is|are|was|were|has|have|had|would|could|should|ca|wo|must|need|might|ai)$/i.test(nt[1]!)) {
          push(out, text, start, start + nt[1]!.length, 'word', spaceBefore);
          push(out, text, start + nt[1]!.length, end, 'clitic', false);
          prevEnd = end;
          continue;
        }
      }
      // "Gen." "Sept." "e.g." : keep the period with a known abbreviation or a single initial
      if (end < text.length && text.charCodeAt(end) === 46 /* . */) {
        const isInitial = end - start === 1 && /\p{Lu}/u.test(text[start]!);
        if (isInitial || lex.abbreviations.has(text.slice(start, end).toLowerCase())) end += 1;
        pos = end;
      }
    }
    push(out, text, start, end, kind, spaceBefore);
    prevEnd = end;
  }
  return out;
}

function push(out: RawToken[], text: string, start: number, end: number, kind: TokenKind, spaceBefore: boolean): void {
  const t = text.slice(start, end);
  const lower = fold(t);
  out.push({ index: out.length, start, end, text: t, lower, shape: shapeHash(lower), kind, sentence: -1, spaceBefore });
}
