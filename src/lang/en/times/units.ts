/**
 * Time units and their TIMEX3 duration codes (TimeML: P1Y, P3M, P2W, P5D, PT4H, PT30M, PT10S,
 * P2DE for decades, P1CE for centuries, P1Q for quarters).
 */
export type UnitName = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'weekend' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century';

export interface UnitInfo {
  readonly unit: UnitName;
  /** Code after the number in a TIMEX3 duration. */
  readonly code: string;
  /** Clock units take the `T` designator (PT4H). */
  readonly clock: boolean;
}

const U = (unit: UnitName, code: string, clock = false): UnitInfo => ({ unit, code, clock });

/** Singular and plural forms, lower-cased. */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ['year', U('year', 'Y')], ['years', U('year', 'Y')], ['yr', U('year', 'Y')], ['yrs', U('year', 'Y')],
  ['month', U('month', 'M')], ['months', U('month', 'M')],
  ['week', U('week', 'W')], ['weeks', U('week', 'W')],
  ['weekend', U('weekend', 'WE')], ['weekends', U('weekend', 'WE')],
  ['day', U('day', 'D')], ['days', U('day', 'D')],
  ['hour', U('hour', 'H', true)], ['hours', U('hour', 'H', true)], ['hrs', U('hour', 'H', true)],
  ['minute', U('minute', 'M', true)], ['minutes', U('minute', 'M', true)], ['mins', U('minute', 'M', true)],
  ['second', U('second', 'S', true)], ['seconds', U('second', 'S', true)],
  ['decade', U('decade', 'DE')], ['decades', U('decade', 'DE')],
  ['century', U('century', 'CE')], ['centuries', U('century', 'CE')],
  ['quarter', U('quarter', 'Q')], ['quarters', U('quarter', 'Q')],
]);

/** Words that make a unit a duration adjective ("a decades-long feud", "a year-old plan"). */
export const UNIT_ADJECTIVE_SUFFIXES: ReadonlySet<string> = new Set(['long', 'old']);

/** Qualifiers between a number and a unit that do not change the value ("eight trading days"). */
export const UNIT_QUALIFIERS: ReadonlySet<string> = new Set([
  'trading', 'business', 'working', 'calendar', 'more', 'additional', 'straight', 'consecutive', 'full', 'fiscal',
]);
