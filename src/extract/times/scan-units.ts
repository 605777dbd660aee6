import type { Sentence, Token } from '../../core/analysis.js';

/** A token range scanned as one piece: a sentence, or sentences the splitter cut inside a time. */
export interface ScanUnit { readonly first: number; readonly limit: number }

const MERIDIEM = /^(?:a\.m\.|p\.m\.)$/i;

/**
 * Groups sentences for scanning. A splitter sees "5 p.m. EST Nov. 9" as two sentences (a period,
 * then a capital); a time cannot cross a real sentence boundary, but it can cross that one.
 */
export function scanUnits(sentences: readonly Sentence[], tokens: readonly Token[]): ScanUnit[] {
  const out: ScanUnit[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.limit === s.tokenStart && endsWithMeridiem(tokens, prev.limit)) {
      out[out.length - 1] = { first: prev.first, limit: s.tokenEnd };
    } else {
      out.push({ first: s.tokenStart, limit: s.tokenEnd });
    }
  }
  return out;
}

function endsWithMeridiem(tokens: readonly Token[], end: number): boolean {
  const t = (k: number) => tokens[end - k]?.lower ?? '';
  if (MERIDIEM.test(t(1))) return true;
  return t(1) === '.' && t(2) === 'm' && (t(3) === '.' || t(3) === 'p.' || t(3) === 'a.');
}
