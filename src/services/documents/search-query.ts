import type { FullTextQuery } from '../../store/dialect/full-text.js';

/** More terms than this adds nothing to a news search and only costs time. */
const MAX_TERMS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads what a user typed into a search: quoted text is a phrase, other words are required terms,
 * a trailing `*` makes the last word a prefix. Everything else (operators, punctuation) is dropped,
 * so no input is a syntax error. Null when no word is left.
 *
 * @example parseSearch('"Abraham Accords" Kazakh*') // { phrases: [['abraham', 'accords'], ['kazakh']], prefix: true }
 */
export function parseSearch(input: string): FullTextQuery | null {
  const phrases: string[][] = [];
  let terms = 0;
  for (const m of input.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const words = (m[1] ?? m[0]).toLowerCase().match(WORD)?.slice(0, MAX_TERMS - terms) ?? [];
    if (!words.length) continue;
    if (m[1] !== undefined) phrases.push(words);
    else for (const w of words) phrases.push([w]);
    terms += words.length;
    if (terms >= MAX_TERMS) break;
  }
  if (!phrases.length) return null;
  const last = phrases[phrases.length - 1];
  const prefix = /[\p{L}\p{N}]\*\s*$/u.test(input) && last.length === 1;
  return { phrases, prefix };
}
