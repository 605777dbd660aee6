/**
 * States that came into being on a known date, and what news before that date meant by their
 * places: "Juba" in 2000 is a city of Sudan, "Kiev" in 1987 a city of the Soviet Union (coded RUS
 * by our annotation guide, as Yugoslavia is SRB and Czechoslovakia CZE). `scope: 'places'` moves
 * only capitals and places (the republic itself, "Montenegro", stays what news named, as PLOVER
 * codes it); `scope: 'all'` moves its names and demonyms too ("South Sudan" before 2011 was the
 * south of Sudan).
 *
 * @example { code: 'SSD', start: '2011-07-09', predecessor: 'SDN', scope: 'all', source: '…' }
 */
export interface StateSuccession {
  readonly code: string;
  /** The day the state became independent (ISO date). */
  readonly start: string;
  readonly predecessor: string;
  readonly scope: 'places' | 'all';
  readonly source: string;
}

const WIKI = 'https://en.wikipedia.org/wiki/';
const USSR = `${WIKI}Dissolution_of_the_Soviet_Union`;
const SFRY = `${WIKI}Breakup_of_Yugoslavia`;

export const STATE_SUCCESSIONS: readonly StateSuccession[] = [
  { code: 'SSD', start: '2011-07-09', predecessor: 'SDN', scope: 'all', source: `${WIKI}South_Sudan` },
  { code: 'TLS', start: '2002-05-20', predecessor: 'IDN', scope: 'places', source: `${WIKI}East_Timor` },
  { code: 'MNE', start: '2006-06-03', predecessor: 'SRB', scope: 'places', source: `${WIKI}Serbia_and_Montenegro` },
  { code: 'XKX', start: '2008-02-17', predecessor: 'SRB', scope: 'places', source: `${WIKI}2008_Kosovo_declaration_of_independence` },
  { code: 'ERI', start: '1993-05-24', predecessor: 'ETH', scope: 'places', source: `${WIKI}Eritrea` },
  { code: 'SVK', start: '1993-01-01', predecessor: 'CZE', scope: 'places', source: `${WIKI}Dissolution_of_Czechoslovakia` },
  { code: 'NAM', start: '1990-03-21', predecessor: 'ZAF', scope: 'places', source: `${WIKI}Namibia` },
  { code: 'EST', start: '1991-09-06', predecessor: 'RUS', scope: 'places', source: USSR },
  { code: 'LVA', start: '1991-09-06', predecessor: 'RUS', scope: 'places', source: USSR },
  { code: 'LTU', start: '1991-09-06', predecessor: 'RUS', scope: 'places', source: USSR },
  ...['UKR', 'BLR', 'MDA', 'GEO', 'ARM', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map((code) => (
    { code, start: '1991-12-26', predecessor: 'RUS', scope: 'places' as const, source: USSR })),
  { code: 'SVN', start: '1991-06-25', predecessor: 'SRB', scope: 'places', source: SFRY },
  { code: 'HRV', start: '1991-06-25', predecessor: 'SRB', scope: 'places', source: SFRY },
  { code: 'MKD', start: '1991-09-08', predecessor: 'SRB', scope: 'places', source: SFRY },
  { code: 'BIH', start: '1992-03-03', predecessor: 'SRB', scope: 'places', source: SFRY },
];
