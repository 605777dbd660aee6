/**
 * A month's name or abbreviation as a dateline writes it ("SALVADOR, Feb 26 -", "Washington,
 * March 3 (AP) —"): the date after the place, which ends the place's words. By prefix, as wire
 * copy spells months in full, cut or with a period.
 */
export const DATELINE_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
