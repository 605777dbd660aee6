import type { ReportFrame, TimeExpr } from '../../core/analysis.js';

const PERIOD_SIGNALS = new Set(['since', 'until', 'till']);
const NEXT_WORD = /^\s+([a-z]+)/;

/**
 * The time an event is anchored to: the nearest dated expression of its sentence (DATE or TIME
 * with a value), leaving out the time of a report ("said on Wednesday", "announced Tuesday"), which
 * dates the saying, not the event.
 *
 * @example anchorTime(offset, sentence, times, frames, text)  // { value: '2025-11-06', text: 'Thursday' }
 */
export function anchorTime(at: number, sentence: number, times: readonly TimeExpr[], frames: readonly ReportFrame[],
  text: string, timeHeads: ReadonlySet<string>): { value: string; text: string } | null {
  let best: TimeExpr | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if (t.sentence !== sentence || !t.value || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (datesReport(t, sentence, frames, text)) continue;
    // "the third country since August": the start of a period is not the date of the event
    if (t.signal && PERIOD_SIGNALS.has(t.signal.toLowerCase())) continue;
    // "the original July 1 deadline": a date that modifies a deadline is not when the event happens
    if (timeHeads.has(NEXT_WORD.exec(text.slice(t.end, t.end + 20))?.[1] ?? '')) continue;
    const dist = t.start >= at ? t.start - at : at - t.end;
    if (dist < bestDist) { best = t; bestDist = dist; }
  }
  return best ? { value: best.value!, text: best.text } : null;
}

function datesReport(t: TimeExpr, sentence: number, frames: readonly ReportFrame[], text: string): boolean {
  for (const f of frames) {
    if (f.sentence !== sentence) continue;
    const gap = t.start >= f.cue.end ? text.slice(f.cue.end, t.start) : text.slice(t.end, f.cue.start);
    if (gap.length <= 24 && /^[\s,]*(?:(?:late|early)\s+)?(?:on|in|last|this|here|earlier)?[\s,]*$/i.test(gap)) return true;
    if (f.speaker && t.start >= f.speaker.end && t.end <= f.cue.start) return true;
  }
  return false;
}
