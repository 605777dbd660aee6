import type { TimexType } from '../../core/contract.js';
import type { HolidayRule, UnitName } from '../../lang/en/times/index.js';

/** Calendar fields a phrase states; absent ones are inferred from the document date or context. */
export interface CalendarFields {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** ISO weekday, Monday = 1. */
  readonly weekday?: number;
  /** TIMEX3 season code: SP SU FA WI. */
  readonly season?: string;
  readonly quarter?: number;
  readonly half?: number;
  readonly weekend?: boolean;
  /** TIMEX3 part of day (MO AF EV NI DT) or a clock time ("T17:00"). */
  readonly pod?: string;
  readonly holiday?: HolidayRule;
  /** "the week of March 6": the ISO week holding the date. */
  readonly weekOf?: boolean;
}

/** Where a relative expression counts from: the document date, the last date mentioned, or either. */
export type Anchor = 'dct' | 'ref' | 'either';

/**
 * What a parser found, before resolution.
 * - `fixed`: the value needs nothing else ("1998", "P4Y", "PRESENT_REF").
 * - `calendar`: stated fields; the year or week comes from the document date, the direction
 *   word (`dir`: −1 last, 0 this, +1 next) or, when `dir` is null, the tense of the clause.
 * - `shift`: `amount` units from an anchor ("two years ago", "the following day", "last week"),
 *   then `fields` placed inside the shifted period ("last year's third quarter").
 * - `quarter`: a quarter known from the discourse ("the quarter", "the year-ago quarter").
 *
 * @example
 * // "two years ago"
 * { kind: 'shift', type: 'DATE', unit: 'year', amount: -2, anchor: 'dct', fields: {} }
 */
export type TimeSpec =
  | { readonly kind: 'fixed'; readonly type: TimexType; readonly value: string }
  | {
    readonly kind: 'calendar'; readonly type: TimexType; readonly fields: CalendarFields; readonly dir: number | null;
    /** "the previous Friday", "the following Monday": counted from the last day mentioned, not the document date. */
    readonly fromRef?: boolean;
  }
  | {
    readonly kind: 'shift'; readonly type: TimexType; readonly unit: UnitName; readonly amount: number;
    readonly anchor: Anchor; readonly fields: CalendarFields;
    /** "a year ago" in a story about quarterly results means the same quarter a year before. */
    readonly followsQuarter?: boolean;
  }
  | {
    readonly kind: 'quarter'; readonly type: TimexType; readonly yearShift: number; readonly year?: number | undefined;
    /** "the latest quarter": the last complete quarter before the document date, whatever was discussed. */
    readonly latest?: boolean;
    /** "the current quarter", "this quarter": the quarter of the document date. */
    readonly current?: boolean;
  };

/** A parse at token positions [start, end). */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly spec: TimeSpec;
  readonly mod: string | null;
  /** Whether part of the value is implied rather than stated (a year for "March 3"). */
  readonly inferred?: boolean;
  /** False for a period that should not become "the quarter" of later sentences (a fiscal quarter). */
  readonly setsContext?: boolean;
}

export function fixed(type: TimexType, value: string): TimeSpec {
  return { kind: 'fixed', type, value };
}
