import type { EventStatus } from '../../core/contract.js';

export type ClaimStatus = EventStatus | 'contradicted';

/** One document's report of a claim. */
export interface ClaimReport {
  readonly doc: string;
  /** The report's date (the document's date). */
  readonly date: string;
  readonly status: EventStatus;
}

const FACT = new Set<string>(['occurred', 'ongoing']);

/**
 * A claim's status as of a date, derived from its dated history (never stored): reports after
 * `asOf` do not count, the rest are read in date order. A fact stays a fact when later reports
 * only expect it; a denial after a fact makes the claim `contradicted` (and it stays so, both
 * sides kept in the history); otherwise the latest report's status holds.
 *
 * @example claimStatusAsOf([{doc:'a',date:'2020-09-15',status:'occurred'},{doc:'b',date:'2020-09-16',status:'denied'}], '2020-12-31') // 'contradicted'
 */
export function claimStatusAsOf(history: readonly ClaimReport[], asOf: string): ClaimStatus | null {
  const known = history.filter((r) => r.date <= asOf).sort(byDate);
  let status: ClaimStatus | null = null;
  for (let i = 0; i < known.length;) {
    // Reports of one day are read together: a same-day confirmation and denial contradict.
    const day = known[i].date;
    const same: string[] = [];
    while (i < known.length && known[i].date === day) same.push(known[i++].status);
    status = step(status, same);
  }
  return status;
}

function step(current: ClaimStatus | null, sameDay: readonly string[]): ClaimStatus | null {
  const fact = sameDay.find((s) => FACT.has(s));
  const denied = sameDay.includes('denied');
  if (current === 'contradicted') return current;
  const wasFact = current !== null && FACT.has(current);
  if (denied && (fact || wasFact)) return 'contradicted';
  if (fact) return fact as ClaimStatus;
  if (wasFact) return current;
  if (denied) return 'denied';
  // Of a day's hedged reports the firmest wins: "expected" over "possible".
  if (sameDay.includes('expected')) return 'expected';
  return (sameDay[sameDay.length - 1] as ClaimStatus | undefined) ?? current;
}

export function byDate<T extends { date: string; doc?: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.doc ?? '') < (b.doc ?? '') ? -1 : (a.doc ?? '') > (b.doc ?? '') ? 1 : 0;
}
