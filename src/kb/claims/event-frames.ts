import type { Analysis } from '../../core/analysis.js';

/**
 * The reporting frame an event was told in: "Trump announced that Kazakhstan will join" gives
 * the join event `{ cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }`.
 *
 * @example eventFrames(analysis)[0]?.cue // 'announce'
 */
export interface EventFrame {
  readonly cue: string;
  readonly text: string;
  readonly speaker: string | null;
}

/** For each event of an analysis, the tightest frame of its sentence whose content holds its trigger. */
export function eventFrames(a: Analysis): (EventFrame | null)[] {
  return a.events.map((e) => {
    const frames = a.reports.filter((r) => r.sentence === e.sentence
      && (r.content === null || (r.content.start <= e.trigger.start && e.trigger.end <= r.content.end)));
    const best = frames.sort((x, y) => width(x.content) - width(y.content))[0];
    return best ? { cue: best.cue.lemma, text: best.cue.text, speaker: best.speakerEntities[0] ?? null } : null;
  });
}

const width = (c: { start: number; end: number } | null) => (c ? c.end - c.start : Number.MAX_SAFE_INTEGER);
