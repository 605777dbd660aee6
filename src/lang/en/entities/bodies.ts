/**
 * Government bodies named after their state ("the Kazakh Foreign Ministry", "Israel's Defense
 * Ministry", "the Saudi government"). The state comes from the name or demonym before the body;
 * the id is `org:<iso3>-<key>`.
 *
 * @example { words: 'foreign ministry', key: 'foreign-ministry', name: 'Foreign Ministry', subtype: 'government' }
 */
export interface BodySpec {
  /** Lower-case words of the body, split on spaces. */
  readonly words: string;
  readonly key: string;
  readonly name: string;
  readonly subtype: 'government' | 'legislature' | 'military' | 'media';
}

const b = (words: string, key: string, name: string, subtype: BodySpec['subtype'] = 'government'): BodySpec =>
  ({ words, key, name, subtype });

export const BODIES: readonly BodySpec[] = [
  b('foreign ministry', 'foreign-ministry', 'Foreign Ministry'),
  b('ministry of foreign affairs', 'foreign-ministry', 'Foreign Ministry'),
  b('foreign affairs ministry', 'foreign-ministry', 'Foreign Ministry'),
  b('foreign office', 'foreign-ministry', 'Foreign Ministry'),
  b('defense ministry', 'defense-ministry', 'Defense Ministry'),
  b('defence ministry', 'defense-ministry', 'Defense Ministry'),
  b('ministry of defense', 'defense-ministry', 'Defense Ministry'),
  b('ministry of defence', 'defense-ministry', 'Defense Ministry'),
  b('interior ministry', 'interior-ministry', 'Interior Ministry'),
  b('finance ministry', 'finance-ministry', 'Finance Ministry'),
  b('ministry of finance', 'finance-ministry', 'Finance Ministry'),
  b('economy ministry', 'economy-ministry', 'Economy Ministry'),
  b('trade ministry', 'trade-ministry', 'Trade Ministry'),
  b('energy ministry', 'energy-ministry', 'Energy Ministry'),
  b('oil ministry', 'oil-ministry', 'Oil Ministry'),
  b('justice ministry', 'justice-ministry', 'Justice Ministry'),
  b('agriculture ministry', 'agriculture-ministry', 'Agriculture Ministry'),
  b('government', 'government', 'Government'),
  b('cabinet', 'cabinet', 'Cabinet'),
  b('royal court', 'royal-court', 'Royal Court'),
  b('royal cabinet', 'royal-cabinet', 'Royal Cabinet'),
  b('presidency', 'presidency', 'Presidency'),
  b('presidential office', 'presidency', 'Presidency'),
  b("president's office", 'presidency', 'Presidency'),
  b("prime minister's office", 'prime-ministers-office', "Prime Minister's Office"),
  b('embassy', 'embassy', 'Embassy'),
  b('mission to the united nations', 'un-mission', 'Mission to the United Nations'),
  b('central bank', 'central-bank', 'Central Bank'),
  b('parliament', 'parliament', 'Parliament', 'legislature'),
  b('national assembly', 'parliament', 'Parliament', 'legislature'),
  b('senate', 'senate', 'Senate', 'legislature'),
  b('supreme court', 'supreme-court', 'Supreme Court'),
  b('constitutional court', 'constitutional-court', 'Constitutional Court'),
  b('high court', 'high-court', 'High Court'),
  b('consulate', 'consulate', 'Consulate'),
  b('intelligence service', 'intelligence', 'Intelligence Service'),
  b('intelligence services', 'intelligence', 'Intelligence Service'),
  b('security service', 'security-service', 'Security Service'),
  b('police', 'police', 'Police', 'military'),
  b('coast guard', 'coast-guard', 'Coast Guard', 'military'),
  b('ruling party', 'ruling-party', 'Ruling Party'),
  b('military', 'military', 'Military', 'military'),
  b('army', 'army', 'Army', 'military'),
  b('navy', 'navy', 'Navy', 'military'),
  b('air force', 'air-force', 'Air Force', 'military'),
  b('armed forces', 'armed-forces', 'Armed Forces', 'military'),
  b('security forces', 'security-forces', 'Security Forces', 'military'),
  b('general staff', 'general-staff', 'General Staff', 'military'),
  b('troops', 'armed-forces', 'Armed Forces', 'military'),
  b('authorities', 'authorities', 'Authorities'),
  b('leadership', 'government', 'Government'),
  b('regime', 'government', 'Government'),
  b('state media', 'state-media', 'State Media', 'media'),
  b('state television', 'state-media', 'State Media', 'media'),
  b('state news agency', 'state-news-agency', 'State News Agency', 'media'),
  b('news agency', 'state-news-agency', 'State News Agency', 'media'),
];

/**
 * Short names a body goes by once the story has named it or its parent in full: "the Commission"
 * after "the European Community", "the Fund" after "the IMF", "the Council" after "the Security
 * Council". `after` lists the ids, one of which must have been mentioned before.
 *
 * @example { text: 'Fund', id: 'org:imf', after: ['org:imf'] }
 */
export interface ShortName {
  readonly text: string;
  readonly id: string;
  readonly after: readonly string[];
}

export const SHORT_NAMES: readonly ShortName[] = [
  { text: 'Commission', id: 'org:european-commission', after: ['org:eu', 'org:european-community', 'org:european-commission'] },
  { text: 'Community', id: 'org:european-community', after: ['org:european-community'] },
  { text: 'Fund', id: 'org:imf', after: ['org:imf'] },
  { text: 'Bank', id: 'org:world-bank', after: ['org:world-bank'] },
  { text: 'Council', id: 'org:un-security-council', after: ['org:un-security-council'] },
  { text: 'Alliance', id: 'org:nato', after: ['org:nato'] },
  { text: 'Agency', id: 'org:iaea', after: ['org:iaea'] },
  { text: 'League', id: 'org:arab-league', after: ['org:arab-league'] },
  { text: 'Union', id: 'org:eu', after: ['org:eu'] },
  { text: 'Duma', id: 'org:duma', after: [] },
];

/**
 * Capitalized head words a body goes by once named ("the Council" after "the GATT Council", "the
 * Commission" after "the European Commission"): linked only when one body named before fits.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'Council', 'Commission', 'Community', 'Agency', 'Organization', 'Organisation', 'Fund', 'Bank', 'Court',
  'Assembly', 'Committee', 'Union', 'Alliance', 'League', 'Board', 'Secretariat', 'Conference', 'Tribunal',
  'Authority', 'Duma', 'Front', 'Movement', 'Mission', 'Forum', 'Group',
]);
