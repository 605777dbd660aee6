import type { Sentence } from '../core/analysis.js';

export interface SentenceLexicon {
  /** Abbreviations (lower-cased, no final period) that may end a sentence. */
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
  /** Words after which a line break does not end the sentence. */
  readonly runOnWords: ReadonlySet<string>;
}

import type { RawToken } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
// TERMINAL by character code: asked of every token, so no set lookup.
const isTerminal = (t: RawToken) => {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Groups tokens into sentences and sets each token's `sentence`. A sentence ends at terminal punctuation (with any closing quotes or
 * brackets after it) before a capitalized word, a quote or a digit, and at a line break unless
 * the line obviously runs on ("… a diplomatic win for\n\nPresident Trump").
 */
export function splitSentences(text: string, tokens: RawToken[], lex: SentenceLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (lastExclusive: number, nextParagraph: boolean) => {
    if (lastExclusive > first) {
      const s: Sentence = {
        index: sentences.length, start: tokens[first]!.start, end: tokens[lastExclusive - 1]!.end,
        tokenStart: first, tokenEnd: lastExclusive, paragraph,
      };
      for (let i = first; i < lastExclusive; i++) tokens[i]!.sentence = s.index;
      sentences.push(s);
    }
    first = lastExclusive;
    if (nextParagraph) paragraph++;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const lineBreak = next.start > t.end && hasNewline(text, t.end, next.start);
    if (lineBreak) {
      const runOn = !endsClause(t) && (lex.runOnWords.has(t.lower) || /^\p{Ll}/u.test(next.text));
      if (!runOn) { close(i + 1, true); continue; }
    }
    if (isTerminal(t) || isFinalAbbreviation(t, lex)) {
      let j = i;
      while (tokens[j + 1] && CLOSERS.has(tokens[j + 1]!.text) && !tokens[j + 1]!.spaceBefore) j++;
      const after = tokens[j + 1];
      if (!after) break;
      if (!after.spaceBefore && !lineBreak) continue;
      if (isTerminal(t) ? startsSentence(after) : startsSentenceAfterAbbreviation(after)) {
        i = j;
        close(j + 1, hasNewline(text, tokens[j]!.end, after.start));
      }
    }
  }
  close(tokens.length, false);
  return sentences;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
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
