import type { Sentence, Token } from '../core/analysis.js';

export interface SentenceLexicon {
  /** Abbreviations (lower-cased, no final period) that may end a sentence. */
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  /** Words after which a line break does not end the sentence. */
  readonly runOnWords: ReadonlySet<string>;
}

type RawToken = Omit<Token, 'sentence' | 'index'>;

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Groups tokens into sentences. A sentence ends at terminal punctuation (with any closing quotes or
 * brackets after it) before a capitalized word, a quote or a digit, and at a line break unless
 * the line obviously runs on ("… a diplomatic win for\n\nPresident Trump").
 */
export function splitSentences(text: string, tokens: readonly RawToken[], lex: SentenceLexicon): {
  sentences: Sentence[]; sentenceOf: Int32Array;
} {
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let first = 0;
  let paragraph = 0;
  const close = (lastExclusive: number, nextParagraph: boolean) => {
    if (lastExclusive > first) {
      const s: Sentence = {
        index: sentences.length, start: tokens[first]!.start, end: tokens[lastExclusive - 1]!.end,
        tokenStart: first, tokenEnd: lastExclusive, paragraph,
      };
      for (let i = first; i < lastExclusive; i++) sentenceOf[i] = s.index;
      sentences.push(s);
    }
    first = lastExclusive;
    if (nextParagraph) paragraph++;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(t.end, next.start);
    const lineBreak = gap.includes('\n');
    if (lineBreak) {
      const runOn = !endsClause(t) && (lex.runOnWords.has(t.lower) || /^\p{Ll}/u.test(next.text));
      if (!runOn) { close(i + 1, true); continue; }
    }
    if (TERMINAL.has(t.text) || isFinalAbbreviation(t, lex)) {
      let j = i;
      while (tokens[j + 1] && CLOSERS.has(tokens[j + 1]!.text) && !tokens[j + 1]!.spaceBefore) j++;
      const after = tokens[j + 1];
      if (!after) break;
      if (!after.spaceBefore && !lineBreak) continue;
      if (TERMINAL.has(t.text) ? startsSentence(after) : startsSentenceAfterAbbreviation(after)) {
        i = j;
        const gap2 = text.slice(tokens[j]!.end, after.start);
        close(j + 1, gap2.includes('\n'));
      }
    }
  }
  close(tokens.length, false);
  return { sentences, sentenceOf };
}

function endsClause(t: RawToken): boolean {
  return TERMINAL.has(t.text) || t.text === ':' || CLOSERS.has(t.text);
}

function isFinalAbbreviation(t: RawToken, lex: SentenceLexicon): boolean {
  return t.text.endsWith('.') && t.text.length > 1 && lex.sentenceFinalAbbreviations.has(t.lower.slice(0, -1));
}

function startsSentence(t: RawToken): boolean {
  return /^[\p{Lu}\d"“‘'(\[«]/u.test(t.text);
}

// After "U.S." a capitalized word often continues the sentence ("U.S. President"), so only
// a quote or a clearly sentence-initial function word starts a new one.
function startsSentenceAfterAbbreviation(t: RawToken): boolean {
  return /^(?:["“]|The|A|An|In|It|He|She|They|We|But|And|This|That|On|At|For|Its|His|Her|Their)$/u.test(t.text);
}
