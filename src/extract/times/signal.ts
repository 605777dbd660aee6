import type { Cursor } from './cursor.js';

/**
 * The temporal signal right before an expression ("before", "within", "no later than"),
 * longest phrase first, or null.
 *
 * @example signalBefore(c, indexOf("the year's end")) // "before"
 */
export function signalBefore(c: Cursor, start: number, signals: ReadonlySet<string>): string | null {
  const last = c.w(start - 1);
  if (last === '') return null;
  const two = start - 2 >= c.first ? `${c.w(start - 2)} ${last}` : null;
  if (two !== null && start - 3 >= c.first) {
    const three = `${c.w(start - 3)} ${two}`;
    if (signals.has(three)) return three;
  }
  if (two !== null && signals.has(two)) return two;
  return signals.has(last) ? last : null;
}
