import type { Cursor } from './cursor.js';

/**
 * The temporal signal right before an expression ("before", "within", "no later than"),
 * longest phrase first, or null.
 *
 * @example signalBefore(c, indexOf("the year's end")) // "before"
 */
export function signalBefore(c: Cursor, start: number, signals: ReadonlySet<string>): string | null {
  for (let n = 3; n >= 1; n--) {
    if (start - n < c.first) continue;
    const words: string[] = [];
    for (let j = start - n; j < start; j++) words.push(c.w(j));
    const key = words.join(' ');
    if (signals.has(key)) return key;
  }
  return null;
}
