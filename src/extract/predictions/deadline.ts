import type { TimeExpr, Token } from '../../core/analysis.js';
import type { PredictionCues } from '../../lang/en/events/prediction-cues.js';

/** Adds days to an ISO date (YYYY-MM-DD), in UTC. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a period value (2025 → 2025-12-31, 2025-02 → 2025-02-28). */
export function endOfPeriod(value: string): string | null {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return lastDayOfMonth(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** The first day of a period value (2025 → 2025-01-01). */
function startOfPeriod(value: string): string | null {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/**
 * The deadline a dated expression sets when "before" or "by" governs it: "before the year’s end"
 * → the year's last day, "before Nov. 3" → Nov. 2, "by March" → March 31. The governing word may
 * stand a few words before the date ("before the U.S. presidential election on Nov. 3").
 *
 * @example deadlineOfTime(nov3, tokens, cues)  // '2020-11-02'
 */
export function deadlineOfTime(t: TimeExpr, tokens: readonly Token[], sentence: TokenRange, cues: PredictionCues): string | null {
  if (!t.value || (t.type !== 'DATE' && t.type !== 'TIME')) return null;
  const how = t.signal && cues.deadlineWords.get(t.signal) || signalBefore(t, tokens, sentence, cues);
  if (!how) return null;
  const value = t.value.replace(/T.*$/, '');
  if (t.mod === 'END' || how === 'by') return endOfPeriod(value);
  const start = startOfPeriod(value);
  return start ? addDays(start, -1) : null;
}

/** The sentence's tokens [tokenStart, tokenEnd). */
export interface TokenRange { readonly tokenStart: number; readonly tokenEnd: number }

/** "before"/"by" up to ten words before the time, in its sentence and clause. */
function signalBefore(t: TimeExpr, tokens: readonly Token[], sentence: TokenRange, cues: PredictionCues): 'before' | 'by' | null {
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && tokens[i]!.start < t.start) i++;
  if (i === sentence.tokenEnd) return null;
  for (let k = i - 1; k >= sentence.tokenStart && k >= i - 10; k--) {
    const tok = tokens[k]!;
    if (tok.sentence !== t.sentence || tok.kind === 'punct' || tok.kind === 'quote') return null;
    const how = cues.deadlineWords.get(tok.lower);
    if (how) return how;
  }
  return null;
}

/**
 * A window counted from the statement: "in the next 90 or so days" → +90 days, "in the next day
 * or two" → +2, "within two weeks" → +14. Returns the number of days or null.
 */
export function windowDays(tokens: readonly Token[], from: number, to: number, cues: PredictionCues): number | null {
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.lower;
    if (!cues.windowWords.has(w)) continue;
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    if (tokens[j]?.lower === 'next' || tokens[j]?.lower === 'coming') j++;
    else if (w !== 'within') continue;
    let n: number | null = null;
    const num = tokens[j];
    if (num?.kind === 'number') { n = Number(num.text.replace(/,/g, '')); j++; }
    else if (num && cues.numbers.has(num.lower)) { n = cues.numbers.get(num.lower)!; j++; if (tokens[j]?.lower === 'of') j++; }
    if (tokens[j]?.lower === 'or' && tokens[j + 1]?.lower === 'so') j += 2;
    const unit = tokens[j] ? cues.units.get(tokens[j]!.lower) : undefined;
    if (unit === undefined) continue;
    if (n === null) n = tokens[j]!.lower.endsWith('s') ? null : 1;
    if (tokens[j + 1]?.lower === 'or') {
      const alt = tokens[j + 2];
      const m = alt?.kind === 'number' ? Number(alt.text) : alt ? cues.numbers.get(alt.lower) : undefined;
      if (m !== undefined && !Number.isNaN(m)) n = Math.max(n ?? 0, m);
    }
    if (n !== null && Number.isFinite(n)) return n * unit;
  }
  return null;
}
