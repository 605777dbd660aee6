import type { Token } from '../../core/analysis.js';
import { Scratch } from '../../core/scratch.js';
import type { ReportKnowledge } from '../../lang/en/reports/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';

/** A token range [first, last], both inclusive. */
export interface TokenSpan { readonly first: number; readonly last: number }

/** What the phrase and cue finders read: the tokens, which of them are quoted, the lexicons. */
export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 where the token lies inside quotation marks (quoted words are not the reporter's frame). */
  readonly inQuote: Uint8Array;
  readonly k: ReportKnowledge;
  readonly verbs: VerbLexicon;
}

export const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/**
 * The head of a source's phrase: its last word, or the word before a preposition or comma inside it
 * ("an official at the Canadian embassy in Copenhagen" → official).
 */
export function headOf(scan: Scan, span: TokenSpan): number {
  for (let i = span.first + 1; i <= span.last; i++) {
    const t = scan.tokens[i]!;
    if (t.text === ',' || scan.k.npPrepositions.has(t.text)) return i - 1;
  }
  return span.last;
}

/** A reporting verb form that is not mostly a noun ("said", "told"; not "states", "notes"). */
export function isCueVerb(scan: Scan, lower: string): boolean {
  return scan.k.cueVerbs.has(lower);
}

/** Past, participle, -ing or known -s forms: a word that reads as a verb, not a modifier. */
export function isVerbish(scan: Scan, lower: string): boolean {
  if (lower.endsWith('ly') && lower.length > 4) return true;
  const forms = scan.verbs.formsOf(lower);
  return forms.some((f) => f !== 'base');
}

/** Marks the tokens that lie inside a quotation's marks: a binary search per quotation. */
export function maskQuoted(tokens: readonly Token[], quotes: readonly { outerStart: number; outerEnd: number }[],
  scratch = new Scratch()): Uint8Array {
  const mask = scratch.u8(tokens.length);
  for (const q of quotes) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < q.outerStart) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= q.outerEnd; i++) mask[i] = 1;
  }
  return mask;
}

export const spanText = (scan: Scan, s: TokenSpan): { start: number; end: number; text: string } => {
  const start = scan.tokens[s.first]!.start;
  const end = scan.tokens[s.last]!.end;
  return { start, end, text: scan.text.slice(start, end) };
};
