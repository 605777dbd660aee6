import { US_STATE_ABBREVIATIONS } from './abbreviations.js';
import { MONTHS } from './times/calendar.js';

/**
 * What a dateline's words look like in English ("DECATUR, Ill. —", "SALVADOR, Feb 26 -",
 * "Washington, March 3 (AP) —"): the months of its date and the abbreviated regions after its city.
 *
 * @example DATELINE_WORDS.regions.has('nh')  // true: "RYE, N.H. -"
 */
export interface DatelineWords {
  /** Months' names and abbreviations, lower-cased without the period ("feb" for "Feb." and "Feb", "march"). */
  readonly months: ReadonlySet<string>;
  /** Regions abbreviated after a city, lower-cased without periods ("ill" for "Ill.", "nh" for "N.H."). */
  readonly regions: ReadonlySet<string>;
  /** Regions' postal codes, which some outlets write after a city ("Berea, OH"). */
  readonly postalCodes: ReadonlySet<string>;
}

// AP style's states written with initials ("N.H.", "W.Va.") and the District ("D.C.")
const INITIALED_REGIONS = ['nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'sc', 'sd', 'ri', 'wva', 'dc'];

// the USPS's two-letter codes of the states and the District (USPS Publication 28, appendix B)
const US_POSTAL_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];

export const DATELINE_WORDS: DatelineWords = {
  months: new Set(MONTHS.keys()),
  regions: new Set([...US_STATE_ABBREVIATIONS, ...INITIALED_REGIONS]),
  postalCodes: new Set(US_POSTAL_CODES),
};
