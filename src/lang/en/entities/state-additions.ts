/**
 * Curated names, demonyms and historical states that `world-countries` lacks, keyed by ISO 3166-1
 * alpha-3. Historical states follow our annotation guide (../shared/eval/articles/GUIDE.md): the
 * USSR is coded RUS, West and East Germany DEU, North and South Yemen YEM. Sources per record.
 *
 * @example { code: 'ARE', names: ['UAE'], demonyms: ['Emirati'], source: '…' }
 */
export interface StateAddition {
  readonly code: string;
  readonly names?: readonly string[];
  readonly demonyms?: readonly string[];
  readonly source: string;
}

const WIKI = 'https://en.wikipedia.org/wiki/';

export const STATE_ADDITIONS: readonly StateAddition[] = [
  { code: 'USA', names: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States', 'United States of America'], demonyms: ['American'], source: `${WIKI}United_States` },
  { code: 'GBR', names: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'], demonyms: ['British', 'Briton', 'Scottish', 'Welsh'], source: `${WIKI}United_Kingdom` },
  { code: 'ARE', names: ['UAE', 'U.A.E.', 'United Arab Emirates', 'the Emirates'], demonyms: ['Emirati'], source: `${WIKI}United_Arab_Emirates` },
  { code: 'SAU', names: ['Saudi', 'KSA', 'Kingdom of Saudi Arabia'], demonyms: ['Saudi', 'Saudi Arabian'], source: `${WIKI}Saudi_Arabia` },
  { code: 'BHR', demonyms: ['Bahraini'], source: `${WIKI}Bahrain` },
  { code: 'QAT', demonyms: ['Qatari'], source: `${WIKI}Qatar` },
  { code: 'KWT', demonyms: ['Kuwaiti'], source: `${WIKI}Kuwait` },
  { code: 'OMN', demonyms: ['Omani'], source: `${WIKI}Oman` },
  { code: 'KAZ', demonyms: ['Kazakh', 'Kazakhstani'], source: `${WIKI}Kazakhstan` },
  { code: 'KGZ', names: ['Kirghizia', 'Kyrgyz Republic'], demonyms: ['Kyrgyz', 'Kyrgyzstani'], source: `${WIKI}Kyrgyzstan` },
  { code: 'TJK', demonyms: ['Tajik', 'Tajikistani'], source: `${WIKI}Tajikistan` },
  { code: 'TKM', demonyms: ['Turkmen'], source: `${WIKI}Turkmenistan` },
  { code: 'UZB', demonyms: ['Uzbek', 'Uzbekistani'], source: `${WIKI}Uzbekistan` },
  { code: 'RUS', names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russian Federation'], demonyms: ['Soviet', 'Russian'], source: `${WIKI}Soviet_Union` },
  { code: 'DEU', names: ['West Germany', 'East Germany', 'Federal Republic of Germany', 'German Democratic Republic', 'GDR'], demonyms: ['West German', 'East German', 'German'], source: `${WIKI}West_Germany` },
  { code: 'YEM', names: ['North Yemen', 'South Yemen'], demonyms: ['Yemeni'], source: `${WIKI}North_Yemen` },
  { code: 'CZE', names: ['Czech Republic', 'Czechoslovakia'], demonyms: ['Czech', 'Czechoslovak'], source: `${WIKI}Czechoslovakia` },
  { code: 'SRB', names: ['Yugoslavia'], demonyms: ['Yugoslav', 'Serbian', 'Serb'], source: `${WIKI}Socialist_Federal_Republic_of_Yugoslavia` },
  { code: 'COD', names: ['Zaire', 'Democratic Republic of Congo', 'DRC'], demonyms: ['Zairean', 'Zairian', 'Congolese'], source: `${WIKI}Zaire` },
  { code: 'MMR', names: ['Burma'], demonyms: ['Burmese'], source: `${WIKI}Myanmar` },
  { code: 'LKA', names: ['Ceylon'], demonyms: ['Sri Lankan'], source: `${WIKI}Sri_Lanka` },
  { code: 'KHM', names: ['Kampuchea'], demonyms: ['Cambodian', 'Khmer', 'Kampuchean'], source: `${WIKI}Cambodia` },
  { code: 'BIH', names: ['Bosnia', 'Bosnia-Herzegovina'], demonyms: ['Bosnian', 'Herzegovinian'], source: `${WIKI}Bosnia_and_Herzegovina` },
  { code: 'ZWE', names: ['Rhodesia'], demonyms: ['Zimbabwean', 'Rhodesian'], source: `${WIKI}Rhodesia` },
  { code: 'BFA', names: ['Upper Volta'], demonyms: ['Burkinabé'], source: `${WIKI}Republic_of_Upper_Volta` },
  { code: 'TUR', names: ['Turkey', 'Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turk'], source: `${WIKI}Turkey` },
  { code: 'NLD', names: ['Holland', 'Netherlands'], demonyms: ['Dutch'], source: `${WIKI}Netherlands` },
  { code: 'CHN', names: ['PRC', "People's Republic of China", 'mainland China'], demonyms: ['Chinese'], source: `${WIKI}China` },
  { code: 'TWN', names: ['Republic of China', 'Taiwan'], demonyms: ['Taiwanese'], source: `${WIKI}Taiwan` },
  { code: 'KOR', names: ['South Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean'], source: `${WIKI}South_Korea` },
  { code: 'PRK', names: ['North Korea', 'DPRK'], demonyms: ['North Korean'], source: `${WIKI}North_Korea` },
  { code: 'PSE', names: ['Palestine', 'State of Palestine', 'Palestinian territories', 'Palestinian Territories'], demonyms: ['Palestinian'], source: `${WIKI}State_of_Palestine` },
  { code: 'ISR', names: ['Israel', 'State of Israel', 'Jewish state'], demonyms: ['Israeli'], source: `${WIKI}Israel` },
  { code: 'IRN', names: ['Iran', 'Islamic Republic'], demonyms: ['Iranian'], source: `${WIKI}Iran` },
  { code: 'VAT', names: ['Holy See', 'Vatican'], source: `${WIKI}Holy_See` },
  { code: 'MKD', names: ['Macedonia', 'North Macedonia'], demonyms: ['Macedonian'], source: `${WIKI}North_Macedonia` },
  { code: 'SWZ', names: ['Swaziland', 'Eswatini'], source: `${WIKI}Eswatini` },
  { code: 'CPV', names: ['Cape Verde', 'Cabo Verde'], source: `${WIKI}Cape_Verde` },
  { code: 'TLS', names: ['East Timor', 'Timor-Leste'], demonyms: ['Timorese'], source: `${WIKI}East_Timor` },
  { code: 'CIV', names: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"], demonyms: ['Ivorian'], source: `${WIKI}Ivory_Coast` },
  { code: 'TTO', names: ['Trinidad', 'Trinidad and Tobago'], demonyms: ['Trinidadian'], source: `${WIKI}Trinidad_and_Tobago` },
  { code: 'PHL', demonyms: ['Filipino', 'Philippine'], source: `${WIKI}Philippines` },
  { code: 'AFG', demonyms: ['Afghan'], source: `${WIKI}Afghanistan` },
  { code: 'NZL', demonyms: ['New Zealander'], names: ['New Zealand'], source: `${WIKI}New_Zealand` },
  { code: 'MAR', demonyms: ['Moroccan'], source: `${WIKI}Morocco` },
  { code: 'SDN', demonyms: ['Sudanese'], source: `${WIKI}Sudan` },
  { code: 'LBY', demonyms: ['Libyan'], source: `${WIKI}Libya` },
  // Demonyms world-countries lacks, and older or variant spellings news uses.
  { code: 'AZE', demonyms: ['Azeri'], source: `${WIKI}Azerbaijanis` },
  { code: 'BLR', demonyms: ['Belarussian', 'Byelorussian'], source: `${WIKI}Belarusians` },
  { code: 'SLV', demonyms: ['Salvadorean'], source: `${WIKI}Salvadorans` },
  { code: 'DOM', demonyms: ['Dominican'], source: `${WIKI}Dominican_Republic` },
  { code: 'ECU', demonyms: ['Ecuadorian'], source: `${WIKI}Ecuadorians` },
  { code: 'ARG', demonyms: ['Argentinian'], source: `${WIKI}Argentines` },
  { code: 'ISL', demonyms: ['Icelandic'], source: `${WIKI}Icelanders` },
  { code: 'DNK', demonyms: ['Dane'], source: `${WIKI}Danes` },
  { code: 'POL', demonyms: ['Pole'], source: `${WIKI}Poles` },
  { code: 'MDA', demonyms: ['Moldavian'], source: `${WIKI}Moldovans` },
  { code: 'HRV', demonyms: ['Croat'], source: `${WIKI}Croats` },
  { code: 'SVN', demonyms: ['Slovenian'], source: `${WIKI}Slovenes` },
  { code: 'FRA', demonyms: ['Frenchman', 'Frenchmen'], source: `${WIKI}French_people` },
  { code: 'ESP', demonyms: ['Spaniard'], source: `${WIKI}Spaniards` },
  { code: 'DJI', demonyms: ['Djiboutian'], source: `${WIKI}Djibouti` },
  { code: 'SOM', demonyms: ['Somalian'], source: `${WIKI}Somalia` },
  { code: 'BWA', demonyms: ['Botswanan'], source: `${WIKI}Botswana` },
  { code: 'CPV', demonyms: ['Cape Verdean'], source: `${WIKI}Cape_Verde` },
  { code: 'NPL', demonyms: ['Nepali'], source: `${WIKI}Nepal` },
  { code: 'MDV', demonyms: ['Maldivian'], source: `${WIKI}Maldives` },
  { code: 'COM', demonyms: ['Comorian'], source: `${WIKI}Comoros` },
  { code: 'SUR', demonyms: ['Surinamese'], source: `${WIKI}Suriname` },
  { code: 'RUS', demonyms: ['Chechen'], source: `${WIKI}Chechnya` },
  { code: 'CHN', demonyms: ['Tibetan', 'Uighur', 'Uyghur'], source: `${WIKI}Tibet_Autonomous_Region` },
  // Kosovo has no ISO 3166-1 code; XK/XKX is the user-assigned code the EU and IMF use.
  { code: 'XKX', names: ['Kosovo'], demonyms: ['Kosovar'], source: `${WIKI}Kosovo` },
];

/**
 * Short state names that are also common words or names: matched only when the context does
 * not point to the other sense (see `AMBIGUOUS_CONTEXT` in context-words.ts).
 */
export const AMBIGUOUS_STATE_NAMES: ReadonlySet<string> = new Set([
  'Georgia', 'Georgian', 'Jordan', 'Chad', 'Niger', 'Turkey', 'Guinea', 'Israel', 'Mali', 'Togo',
]);

/** Names and alternative spellings from world-countries that are not used for the state in news. */
export const STATE_NAME_EXCLUSIONS: ReadonlySet<string> = new Set([
  'Reunion', 'Sakartvelo', 'Congo', 'Korea', 'Man', 'Jersey', 'Dominican', 'Emirates',
  'Islamic Republic', 'Republic of China',
]);
