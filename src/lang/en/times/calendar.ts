/**
 * Calendar vocabulary: month, weekday, season and part-of-day names with their TIMEX3 codes.
 * Source: TimeML TIMEX3 guidelines (ISO 8601 values; TIMEX3 season codes SP SU FA WI and
 * part-of-day codes MO AF EV NI DT).
 */

/** Month names and the abbreviations news uses ("Sept.", "Aug"), lower-cased, without the period. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month forms that are also ordinary English words, so they need a date-like neighbour. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep', 'august']);

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Weekday abbreviations that are ordinary words or names ("Sun Microsystems", "sat"). */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
  ['springtime', 'SP'], ['summertime', 'SU'], ['wintertime', 'WI'],
]);

/**
 * Parts of the day (TIMEX3 codes) and the clock time a few of them name exactly.
 *
 * Convention: "Thursday morning" is a TIME with its part of day (1999-10-07TMO), never the plain
 * day, and "night" is NI, never EV. The TimeML guidelines say so and most of the development gold
 * agrees: all 15 such expressions in TimeBank carry the part of day, and AQUAINT is split (about
 * 12 with it, 11 without, and "Wednesday night" both TNI and TEV). One convention for every
 * document, not a guess per story.
 */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
  ['daytime', 'DT'], ['midday', 'T12:00'], ['noon', 'T12:00'], ['midnight', 'T24:00'],
  ['mid-afternoon', 'AF'], ['midafternoon', 'AF'], ['mid-morning', 'MO'], ['midmorning', 'MO'],
  ['dawn', 'MO'], ['daybreak', 'MO'], ['dusk', 'EV'], ['nightfall', 'NI'], ['sundown', 'EV'], ['sunset', 'EV'],
]);

/** Day names relative to the document date ("yesterday" = −1). */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/**
 * Holidays with a fixed date, or a rule: `nth weekday of month` (Thanksgiving: 4th Thursday of
 * November; a negative nth counts from the month's end), or `easter` (computed). Keys are lower-cased word sequences.
 */
export type HolidayRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'nth'; readonly month: number; readonly weekday: number; readonly nth: number; readonly plusDays?: number }
  | { readonly kind: 'easter'; readonly offset: number };

export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['christmas', { kind: 'fixed', month: 12, day: 25 }],
  ['christmas day', { kind: 'fixed', month: 12, day: 25 }],
  ['christmas eve', { kind: 'fixed', month: 12, day: 24 }],
  ["new year's day", { kind: 'fixed', month: 1, day: 1 }],
  ["new year's eve", { kind: 'fixed', month: 12, day: 31 }],
  ['independence day', { kind: 'fixed', month: 7, day: 4 }],
  ['veterans day', { kind: 'fixed', month: 11, day: 11 }],
  ['halloween', { kind: 'fixed', month: 10, day: 31 }],
  ['valentine\'s day', { kind: 'fixed', month: 2, day: 14 }],
  ['thanksgiving', { kind: 'nth', month: 11, weekday: 4, nth: 4 }],
  ['thanksgiving day', { kind: 'nth', month: 11, weekday: 4, nth: 4 }],
  ['labor day', { kind: 'nth', month: 9, weekday: 1, nth: 1 }],
  ['memorial day', { kind: 'nth', month: 5, weekday: 1, nth: -1 }],
  // US Election Day: the Tuesday after the first Monday of November.
  ['election day', { kind: 'nth', month: 11, weekday: 1, nth: 1, plusDays: 1 }],
  ['easter', { kind: 'easter', offset: 0 }],
  ['easter sunday', { kind: 'easter', offset: 0 }],
  ['good friday', { kind: 'easter', offset: -2 }],
]);
