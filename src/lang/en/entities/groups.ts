/**
 * Groups of states named collectively ("five Central Asian states", "Gulf states", "the West").
 * Members are listed only where the group is well defined; sources per record.
 *
 * @example { id: 'group:baltic-states', name: 'Baltic states', names: [], adjectives: ['Baltic'],
 *            members: ['EST', 'LVA', 'LTU'], source: '…' }
 */
export interface GroupSpec {
  readonly id: string;
  readonly name: string;
  /** Fixed phrases, as written ("the West" is matched as "West" after "the"). */
  readonly names: readonly string[];
  /** Adjectives that form the group with a plural noun ("Central Asian" + "states"). */
  readonly adjectives: readonly string[];
  readonly members?: readonly string[];
  readonly source: string;
}

const WIKI = 'https://en.wikipedia.org/wiki/';

export const GROUPS: readonly GroupSpec[] = [
  { id: 'group:central-asian-states', name: 'Central Asian states', names: ['Central Asia', 'C5', 'C5+1'],
    adjectives: ['Central Asian'], members: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], source: `${WIKI}Central_Asia` },
  { id: 'group:gulf-states', name: 'Gulf states', names: ['Gulf Arab states', 'Arab Gulf states', 'Persian Gulf states'],
    adjectives: ['Gulf', 'Gulf Arab', 'Arab Gulf'], members: ['BHR', 'KWT', 'OMN', 'QAT', 'SAU', 'ARE'],
    source: `${WIKI}Arab_states_of_the_Persian_Gulf` },
  { id: 'group:arab-states', name: 'Arab states', names: ['Arab world'], adjectives: ['Arab'],
    members: ['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE',
      'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM'], source: `${WIKI}Arab_world` },
  { id: 'group:the-west', name: 'the West', names: ['the West', 'Western powers', 'Western governments'],
    adjectives: ['Western'], source: `${WIKI}Western_world` },
  { id: 'group:european-states', name: 'European states', names: ['European capitals'], adjectives: ['European'],
    source: `${WIKI}Europe` },
  { id: 'group:muslim-world', name: 'Muslim world', names: ['Muslim world', 'Islamic world'],
    adjectives: ['Muslim', 'Muslim-majority', 'Islamic'], source: `${WIKI}Muslim_world` },
  { id: 'group:african-states', name: 'African states', names: [], adjectives: ['African'], source: `${WIKI}Africa` },
  { id: 'group:baltic-states', name: 'Baltic states', names: [], adjectives: ['Baltic'],
    members: ['EST', 'LVA', 'LTU'], source: `${WIKI}Baltic_states` },
  { id: 'group:nordic-countries', name: 'Nordic countries', names: [], adjectives: ['Nordic'],
    members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'], source: `${WIKI}Nordic_countries` },
  { id: 'group:balkan-states', name: 'Balkan states', names: ['the Balkans'], adjectives: ['Balkan'], source: `${WIKI}Balkans` },
  { id: 'group:latin-american-states', name: 'Latin American states', names: ['Latin America'],
    adjectives: ['Latin American'], source: `${WIKI}Latin_America` },
  { id: 'group:asian-states', name: 'Asian states', names: [], adjectives: ['Asian', 'Southeast Asian'], source: `${WIKI}Asia` },
  { id: 'group:middle-eastern-states', name: 'Middle Eastern states', names: [], adjectives: ['Middle Eastern', 'Mideast'],
    source: `${WIKI}Middle_East` },
  { id: 'group:international-community', name: 'international community', names: ['international community'],
    adjectives: [], source: `${WIKI}International_community` },
  { id: 'group:allies', name: 'allies', names: [], adjectives: ['allied'], source: `${WIKI}Ally` },
];

/** Plural nouns that make a group with an adjective above ("Central Asian states"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'states', 'nations', 'countries', 'governments', 'capitals', 'allies', 'monarchies', 'neighbors',
  'neighbours', 'partners', 'powers', 'leaders', 'republics', 'members', 'kingdoms', 'sheikhdoms',
  'diplomats', 'officials', 'envoys', 'ministers', 'negotiators', 'delegations',
]);

/** Number words that may open a group ("five Central Asian states"). */
export const GROUP_COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several',
  'many', 'other', 'some', 'all', 'both', 'more', 'most', 'fellow', 'neighboring', 'neighbouring',
]);
