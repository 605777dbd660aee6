import type { ReportFrame } from '../../core/analysis.js';

const PRIORITY: Record<NonNullable<ReportFrame['kind']>, number> = { say: 2, act: 2, source: 1, belief: 0 };
const prio = (f: ReportFrame) => PRIORITY[f.kind ?? 'say'];
const holds = (f: ReportFrame, start: number, end: number) => !!f.content && f.content.start < end && f.content.end > start;
const inside = (f: ReportFrame, g: ReportFrame) => !!g.content && g !== f && f.cue.start >= g.content.start && f.cue.end <= g.content.end;

/**
 * The frame that introduces a quotation, among the frames of the sentences it touches. Frames whose
 * content holds the quote come first, and of those the outermost ("Israel said Clinton called on
 * members to be “closely coordinated”" → Israel; "Trump told Time … that he believes Riyadh “…”" →
 * Trump), then speech over stance, then the nearest cue. Without one, the nearest speech cue of
 * those sentences (“…,” he said).
 */
export function frameForQuote(frames: readonly ReportFrame[], start: number, end: number): ReportFrame | null {
  const holding = frames.filter((f) => f.speaker && holds(f, start, end));
  const pool = holding.length
    ? holding.filter((f) => !holding.some((g) => prio(g) >= prio(f) && inside(f, g)))
    : frames.filter((f) => f.speaker && f.kind !== 'belief');
  let best: ReportFrame | null = null;
  let bestScore = -Infinity;
  for (const f of pool) {
    const distance = f.cue.start >= end ? f.cue.start - end : Math.max(0, start - f.cue.end);
    const score = prio(f) * 1_000_000 - Math.min(distance, 999_999);
    if (score > bestScore) { best = f; bestScore = score; }
  }
  return best;
}
