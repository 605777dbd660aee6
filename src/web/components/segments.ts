/**
 * A span of the text with what it is: an entity mention, a time, a quote, an event's sentence,
 * or the span the reader came to see. `ref` identifies the record it belongs to.
 *
 * @example { start: 0, end: 10, layer: 'entity', ref: 'entity:KAZ' }
 */
export interface Layer {
  start: number;
  end: number;
  layer: 'entity' | 'time' | 'quote' | 'event' | 'focus';
  ref: string;
}

/** A stretch of text covered by the same layers. */
export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
}

/**
 * Cuts a text into stretches at every span boundary, so that overlapping and nested spans can
 * all be shown (each stretch knows every span covering it). Spans outside the text are clipped.
 *
 * @example segments(10, [{ start: 2, end: 5, layer: 'time', ref: 't0' }]) // [0-2 [], 2-5 [t0], 5-10 []]
 */
export function segments(length: number, layers: readonly Layer[]): Segment[] {
  const valid = layers.filter((l) => l.start < l.end && l.start >= 0 && l.start < length).map((l) => ({ ...l, end: Math.min(l.end, length) }));
  const cuts = [...new Set([0, length, ...valid.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    out.push({ start, end, layers: valid.filter((l) => l.start <= start && l.end >= end) });
  }
  return out;
}
