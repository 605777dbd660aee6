import type { HolidayRule } from '../../lang/en/times/index.js';
import { addDays, easter, nthWeekday, type Ymd } from './calendar-math.js';

/** The date of a holiday in a given year. */
export function holidayDate(h: HolidayRule, y: number): Ymd {
  switch (h.kind) {
    case 'fixed': return { y, m: h.month, d: h.day };
    case 'nth': return addDays(nthWeekday(y, h.month, h.weekday, h.nth), h.plusDays ?? 0);
    case 'easter': return addDays(easter(y), h.offset);
  }
}
