import type { ReportFrame, TimeExpr } from '../../core/analysis.js';

const PERIOD_SIGNALS = new Set(['since', 'until', 'till']);
const NEXT_WORD = /^\s+([a-z]+)/;
const REPORT_GAP = /^[\s,]*(?:(?:late|early)\s+)?(?:on|in|last|this|here|earlier)?[\s,]*$/i;
const MAX_REPORT_GAP = 24;

/**
 * The times of a sentence that can date its events: dated expressions (DATE or TIME with a value),
 * leaving out the time of a report ("said on Wednesday", "announced Tuesday"), which dates the
 * saying, the start of a period ("since August") and the date of a deadline ("the July 1
 * deadline"). Computed once per sentence; `anchorTime` then picks the nearest for each event.
 *
 * @example eventTimes(sentenceTimes, sentenceFrames, text, heads)  // [{ value: '2025-11-06', text: 'Thursday', … }]
 */
export function eventTimes(times: readonly TimeExpr[], frames: readonly ReportFrame[], text: string,
  timeHeads: ReadonlySet<string>): TimeExpr[] {
  return times.filter((t) => t.value && (t.type === 'DATE' || t.type === 'TIME')
    && !datesReport(t, frames, text)
    && !(t.signal && PERIOD_SIGNALS.has(t.signal.toLowerCase()))
    && !timeHeads.has(NEXT_WORD.exec(text.slice(t.end, t.end + 20))?.[1] ?? ''));
}

/**
 * The time an event at `at` is anchored to: the nearest of its sentence's event times.
 *
 * @example anchorTime(offset, eventTimes(…))  // { value: '2025-11-06', text: 'Thursday' }
 */
export function anchorTime(at: number, times: readonly TimeExpr[]): { value: string; text: string } | null {
  let best: TimeExpr | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    const dist = t.start >= at ? t.start - at : at - t.end;
    if (dist < bestDist) { best = t; bestDist = dist; }
  }
  return best ? { value: best.value!, text: best.text } : null;
}

function datesReport(t: TimeExpr, frames: readonly ReportFrame[], text: string): boolean {
  for (const f of frames) {
    // the gap is measured before it is read: far frames cost nothing
    const [from, to] = t.start >= f.cue.end ? [f.cue.end, t.start] : [t.end, f.cue.start];
    if (to - from <= MAX_REPORT_GAP && REPORT_GAP.test(text.slice(from, to))) return true;
    if (f.speaker && t.start >= f.speaker.end && t.end <= f.cue.start) return true;
  }
  return false;
}
