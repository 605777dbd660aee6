import type { ReportFrame, TimeExpr } from '../../core/analysis.js';

const PERIOD_SIGNALS = new Set(['since', 'until', 'till']);
const NEXT_WORD = /^\s+([a-z]+)/;
const REPORT_GAP = /^[\s,]*(?:(?:late|early)\s+)?(?:on|in|last|this|here|earlier)?[\s,]*$/i;
const MAX_REPORT_GAP = 24;
/** "COPENHAGEN, June 29 - …": the date of a dateline dates the dispatch, not its events. */
const DATELINE_END = /^\s*[-–—]\s/;
const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * The times of a sentence that can date its events: dated expressions (DATE or TIME with a value),
 * leaving out the time of a report ("said on Wednesday", "announced Tuesday"), which dates the
 * saying, vague references ("currently"), the start of a period ("since August"), the date of a
 * deadline ("the July 1 deadline") and the date of a dateline. Computed once per sentence;
 * `anchorTime` then picks the nearest for each event.
 *
 * @example eventTimes(sentenceTimes, sentenceFrames, text, heads)  // [{ value: '2025-11-06', text: 'Thursday', … }]
 */
export function eventTimes(times: readonly TimeExpr[], frames: readonly ReportFrame[], text: string,
  timeHeads: ReadonlySet<string>): TimeExpr[] {
  return times.filter((t) => t.value && (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF')
    && !DATELINE_END.test(text.slice(t.end, t.end + 4))
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

/**
 * The time that dates a report itself ("Turkey said today", "announced on Tuesday that"): the date
 * of the statement, and so of the act it performs (a demand, an announced intent, a claim).
 *
 * @example reportTime(frame, sentenceTimes, text)  // { value: '1987-04-08', text: 'today' }
 */
export function reportTime(frame: ReportFrame, times: readonly TimeExpr[], text: string): { value: string; text: string } | null {
  const t = times.find((x) => x.value && (x.type === 'DATE' || x.type === 'TIME') && !x.value.endsWith('_REF') && datesReport(x, [frame], text));
  return t ? { value: t.value!, text: t.text } : null;
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

/**
 * An event's date at the precision our annotation guide asks for (convention 7): a week is widened
 * to its month, the month of its Thursday (the ISO rule for the week's year), "1987-W24" → "1987-06".
 *
 * @example eventDate('1987-W14')  // '1987-04'
 */
export function eventDate(value: string): string {
  const w = WEEK.exec(value);
  if (!w) return value;
  const jan4 = Date.UTC(+w[1]!, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return new Date(monday1 + ((+w[2]! - 1) * 7 + 3) * DAY).toISOString().slice(0, 7);
}

const DAY = 86_400_000;
