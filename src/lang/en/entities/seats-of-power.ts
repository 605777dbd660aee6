/**
 * Capitals and seats of power used as metonyms for their government ("Riyadh said", "the Kremlin
 * denied"). World-countries supplies the capitals; this file adds seats of power, former and
 * alternative capital names, and removes capitals whose name is mostly something else in news.
 *
 * @example { name: 'Kremlin', code: 'RUS', source: 'https://en.wikipedia.org/wiki/Moscow_Kremlin' }
 */
export interface SeatOfPower {
  readonly name: string;
  readonly code: string;
  readonly source: string;
}

const WIKI = 'https://en.wikipedia.org/wiki/';

export const SEATS_OF_POWER: readonly SeatOfPower[] = [
  { name: 'Washington', code: 'USA', source: `${WIKI}Washington,_D.C.` },
  { name: 'Washington, D.C.', code: 'USA', source: `${WIKI}Washington,_D.C.` },
  { name: 'Washington D.C.', code: 'USA', source: `${WIKI}Washington,_D.C.` },
  { name: 'White House', code: 'USA', source: `${WIKI}White_House` },
  { name: 'Oval Office', code: 'USA', source: `${WIKI}Oval_Office` },
  { name: 'Kremlin', code: 'RUS', source: `${WIKI}Moscow_Kremlin` },
  { name: 'Downing Street', code: 'GBR', source: `${WIKI}10_Downing_Street` },
  { name: 'Number 10', code: 'GBR', source: `${WIKI}10_Downing_Street` },
  { name: 'No. 10', code: 'GBR', source: `${WIKI}10_Downing_Street` },
  { name: 'Whitehall', code: 'GBR', source: `${WIKI}Whitehall` },
  { name: 'Elysee', code: 'FRA', source: `${WIKI}Élysée_Palace` },
  { name: 'Élysée', code: 'FRA', source: `${WIKI}Élysée_Palace` },
  { name: 'Elysee Palace', code: 'FRA', source: `${WIKI}Élysée_Palace` },
  { name: 'Élysée Palace', code: 'FRA', source: `${WIKI}Élysée_Palace` },
  { name: 'Akorda', code: 'KAZ', source: `${WIKI}Ak_Orda_Presidential_Palace` },
  { name: 'Ak Orda', code: 'KAZ', source: `${WIKI}Ak_Orda_Presidential_Palace` },
  { name: 'Zhongnanhai', code: 'CHN', source: `${WIKI}Zhongnanhai` },
  { name: 'Blue House', code: 'KOR', source: `${WIKI}Blue_House` },
  { name: 'Chigi Palace', code: 'ITA', source: `${WIKI}Palazzo_Chigi` },
  { name: 'Palazzo Chigi', code: 'ITA', source: `${WIKI}Palazzo_Chigi` },
  { name: 'Quirinal', code: 'ITA', source: `${WIKI}Quirinal_Palace` },
  { name: 'Kasumigaseki', code: 'JPN', source: `${WIKI}Kasumigaseki` },
  { name: 'Bankova', code: 'UKR', source: `${WIKI}Office_of_the_President_of_Ukraine` },
  { name: 'The Hague', code: 'NLD', source: `${WIKI}The_Hague` },
  { name: 'Bonn', code: 'DEU', source: `${WIKI}Bonn` },
  { name: 'Kiev', code: 'UKR', source: `${WIKI}Kyiv` },
  { name: 'Kyiv', code: 'UKR', source: `${WIKI}Kyiv` },
  { name: 'Nur-Sultan', code: 'KAZ', source: `${WIKI}Astana` },
  { name: 'Almaty', code: 'KAZ', source: `${WIKI}Almaty` },
  { name: 'Delhi', code: 'IND', source: `${WIKI}New_Delhi` },
  { name: 'Peking', code: 'CHN', source: `${WIKI}Beijing` },
  { name: 'Rangoon', code: 'MMR', source: `${WIKI}Yangon` },
  { name: 'Naypyitaw', code: 'MMR', source: `${WIKI}Naypyidaw` },
  { name: 'Sanaa', code: 'YEM', source: `${WIKI}Sanaa` },
  { name: "Sana'a", code: 'YEM', source: `${WIKI}Sanaa` },
  { name: 'Aden', code: 'YEM', source: `${WIKI}Aden` },
  { name: 'Pretoria', code: 'ZAF', source: `${WIKI}Pretoria` },
  { name: 'Ankara', code: 'TUR', source: `${WIKI}Ankara` },
  { name: 'Ottawa', code: 'CAN', source: `${WIKI}Ottawa` },
  { name: 'Canberra', code: 'AUS', source: `${WIKI}Canberra` },
  { name: 'Brasilia', code: 'BRA', source: `${WIKI}Brasília` },
  { name: 'Ramallah', code: 'PSE', source: `${WIKI}Ramallah` },
  { name: 'Jerusalem', code: 'ISR', source: `${WIKI}Jerusalem` },
  { name: 'Taipei', code: 'TWN', source: `${WIKI}Taipei` },
  { name: 'Ashkhabad', code: 'TKM', source: `${WIKI}Ashgabat` },
];

/**
 * Capitals left out as metonyms: mostly a word, a first name or another place in English news
 * (Male, Victoria, Kingston), or a city that hosts international bodies more than its government.
 */
export const CAPITAL_EXCLUSIONS: ReadonlySet<string> = new Set([
  'Male', 'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Santiago', 'Saint John', "St. John's",
  'Castries', 'Basseterre', 'Roseau', 'Road Town', 'Plymouth', 'Avarua', 'Alofi', 'Adamstown',
  'Jamestown', 'Washington D.C.', 'Amsterdam', 'Vienna', 'Geneva', 'Brussels', 'Strasbourg',
  'Luxembourg', 'Monaco', 'Singapore', 'Vatican City', 'City of San Marino', 'San Marino',
  'Djibouti', 'Guatemala City', 'Panama City', 'Mexico City',
  'Belmopan', 'Palikir', 'Funafuti', 'Yaren', 'Melekeok', 'Majuro', 'South Tarawa', 'Nuku\'alofa',
  'Papeete', 'Nouméa', 'Gustavia', 'Marigot', 'Philipsburg', 'Oranjestad', 'Willemstad',
  'Kralendijk', 'The Valley', 'Cockburn Town', 'Stanley', 'King Edward Point', 'Flying Fish Cove',
  'West Island', 'Kingston', 'Charlotte Amalie', 'Hagåtña', 'Saipan', 'Pago Pago', 'Mata-Utu',
  'Fakaofo', 'Saint-Pierre', 'Saint-Denis', 'Mamoudzou', 'Cayenne', 'Fort-de-France',
  'Basse-Terre', 'Nuuk', 'Tórshavn', 'Longyearbyen', 'Douglas', 'St. Peter Port', 'Saint Helier',
  'Mariehamn', 'El Aaiún', 'Diego Garcia', 'Port-aux-Français', 'Sri Jayawardenepura Kotte',
]);
