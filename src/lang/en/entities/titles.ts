/**
 * Titles that introduce a person's name ("Secretary of State Marco Rubio", "Lt. Gen. Abdel Fattah
 * al-Burhan") or stand for one later ("the president"). Lower-cased; multi-word titles are split on
 * spaces. A title's `role` is how the contract names the office; honorifics carry no role.
 *
 * @example { text: 'secretary of state', role: 'Secretary of State', state: 'USA' }
 */
export interface TitleSpec {
  readonly text: string;
  /** Displayed role; null for honorifics (Mr., Sheikh, Prince) that name no office. */
  readonly role: string | null;
  readonly gender?: 'm' | 'f';
  /** The state the title implies when nothing else names one (US-only offices). */
  readonly state?: string;
  /** A bare head whose complement belongs to the role ("Ambassador to the United Nations"). */
  readonly extendable?: boolean;
}

const h = (text: string, gender?: 'm' | 'f'): TitleSpec => ({ text, role: null, ...(gender ? { gender } : {}) });
const r = (text: string, role: string, extra: Partial<TitleSpec> = {}): TitleSpec => ({ text, role, ...extra });

export const TITLES: readonly TitleSpec[] = [
  h('mr.', 'm'), h('mr', 'm'), h('mrs.', 'f'), h('mrs', 'f'), h('ms.', 'f'), h('ms', 'f'), h('miss', 'f'),
  h('dr.'), h('sir', 'm'), h('dame', 'f'), h('lord', 'm'), h('lady', 'f'), h('sheikh', 'm'), h('sheik', 'm'),
  h('shaikh', 'm'), h('sheikha', 'f'), h('prince', 'm'), h('princess', 'f'), h('his highness', 'm'),
  h('his majesty', 'm'), h('her majesty', 'f'), h('his royal highness', 'm'), h('rabbi'), h('rev.'),
  h('democrat'), h('republican'), h('ayatollah', 'm'), h('grand ayatollah', 'm'), h('hojatoleslam', 'm'), h('mullah', 'm'),
  r('king', 'King', { gender: 'm' }), r('queen', 'Queen', { gender: 'f' }), r('emir', 'Emir', { gender: 'm' }),
  r('amir', 'Emir', { gender: 'm' }), r('sultan', 'Sultan', { gender: 'm' }), r('crown prince', 'Crown Prince', { gender: 'm' }),
  r('pope', 'Pope', { gender: 'm' }), r('supreme leader', 'Supreme Leader'),
  r('lt. gen.', 'Lieutenant General'), r('lieutenant general', 'Lieutenant General'), r('lt. general', 'Lieutenant General'),
  r('maj. gen.', 'Major General'), r('major general', 'Major General'), r('brig. gen.', 'Brigadier General'),
  r('gen.', 'General'), r('general', 'General'), r('col.', 'Colonel'), r('colonel', 'Colonel'), r('field marshal', 'Field Marshal'),
  r('marshal', 'Marshal'), r('cpl.', 'Corporal'), r('corporal', 'Corporal'), r('sgt.', 'Sergeant'),
  r('sergeant', 'Sergeant'), r('pvt.', 'Private'), r('lt.', 'Lieutenant'), r('lieutenant', 'Lieutenant'),
  r('capt.', 'Captain'), r('captain', 'Captain'), r('maj.', 'Major'), r('cmdr.', 'Commander'), r('adm.', 'Admiral'), r('admiral', 'Admiral'), r('vice adm.', 'Vice Admiral'),
  r('sen.', 'Senator', { state: 'USA' }), r('senator', 'Senator'), r('rep.', 'Representative', { state: 'USA' }),
  r('gov.', 'Governor', { state: 'USA' }), r('congressman', 'Representative', { state: 'USA', gender: 'm' }),
  r('congresswoman', 'Representative', { state: 'USA', gender: 'f' }),
  r('secretary of state', 'Secretary of State', { state: 'USA' }), r('secretary of defense', 'Secretary of Defense', { state: 'USA' }),
  r('secretary of the treasury', 'Secretary of the Treasury', { state: 'USA' }),
  r('national security adviser', 'National Security Adviser'), r('national security advisor', 'National Security Adviser'),
  r('attorney general', 'Attorney General'), r('speaker of the house', 'Speaker of the House', { state: 'USA' }),
  r('president-elect', 'President-elect'), r('vice president', 'Vice President'), r('vice-president', 'Vice President'),
  r('president', 'President'), r('prime minister', 'Prime Minister'), r('premier', 'Premier'), r('chancellor', 'Chancellor'),
  r('foreign minister', 'Foreign Minister'), r('foreign secretary', 'Foreign Secretary'),
  r('minister of foreign affairs', 'Minister of Foreign Affairs'), r('minister for foreign affairs', 'Minister of Foreign Affairs'),
  r('secretary-general', 'Secretary-General'), r('secretary general', 'Secretary-General'),
  r('general secretary', 'General Secretary'), r('party leader', 'Party Leader'), r('opposition leader', 'Opposition Leader'),
  r('chief of staff', 'Chief of Staff'), r('chief negotiator', 'Chief Negotiator'), r('deputy prime minister', 'Deputy Prime Minister'),
  r('deputy foreign minister', 'Deputy Foreign Minister'), r('ambassador-at-large', 'Ambassador-at-Large'),
  // Bare heads: "the minister", "the envoy" stand for the one minister or envoy named before.
  r('minister', 'Minister', { extendable: true }), r('secretary', 'Secretary', { extendable: true }),
  r('envoy', 'Envoy', { extendable: true }), r('ambassador', 'Ambassador', { extendable: true }),
];

/**
 * Head nouns of office titles. Any run of capitalized words ending in one is a title
 * ("Regional Cooperation Minister", "Treasury Secretary"), as are the lower-case modifiers below
 * before one ("senior adviser", "deputy foreign minister").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'ambassador', 'envoy', 'adviser', 'advisor', 'spokesman', 'spokeswoman',
  'spokesperson', 'commissioner', 'director', 'chief', 'governor', 'senator', 'president', 'premier',
  'chancellor', 'leader', 'negotiator', 'chairman', 'chairwoman', 'chair', 'speaker', 'mayor',
  'commander', 'representative', 'coordinator', 'counselor', 'counsellor', 'lawmaker', 'legislator',
  'diplomat', 'aide', 'deputy', 'head', 'emissary', 'undersecretary',
  'under-secretary', 'king', 'emir', 'sultan', 'prince', 'general', 'consul', 'attaché', 'mediator',
  'candidate', 'nominee', 'hopeful', 'frontrunner', 'front-runner', 'challenger', 'incumbent',
  'attorney', 'lawyer', 'analyst', 'professor', 'economist', 'expert', 'scholar', 'researcher',
  'journalist', 'activist', 'editor', 'correspondent', 'columnist', 'historian', 'executive', 'founder',
  'entrepreneur', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'magnate', 'banker',
  'judge', 'comedian', 'actor', 'actress', 'singer', 'pollster', 'strategist', 'consultant', 'donor',
  'reporter', 'anchor', 'host', 'commentator', 'pastor', 'bishop', 'cardinal', 'imam', 'cleric',
  'treasurer', 'investor', 'financier', 'trader', 'broker', 'dealer',
]);

/** Lower-case words that may stand before a title head ("senior adviser", "special envoy"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'prime', 'deputy', 'vice', 'special', 'senior', 'chief', 'acting', 'interim', 'former',
  'regional', 'defense', 'defence', 'finance', 'trade', 'economy', 'economic', 'interior', 'justice',
  'energy', 'oil', 'petroleum', 'agriculture', 'treasury', 'state', 'national', 'security', 'top',
  'assistant', 'under', 'presidential', 'royal', 'commerce', 'health', 'education', 'labor', 'labour',
  'transport', 'intelligence', 'affairs', 'home', 'cooperation', 'military', 'army', 'crown',
  'strategic', 'international', 'cabinet', 'government', 'ministry', 'department', 'palace', 'kremlin',
  'personal', 'permanent', 'executive', 'general', 'lead', 'nuclear', 'climate', 'communications',
  'press', 'digital', 'development', 'industry', 'investment', 'information', 'tourism', 'culture',
  'immigration', 'housing', 'environment', 'water', 'monetary', 'fiscal', 'planning', 'policy', 'political',
  'republican', 'democratic', 'conservative', 'liberal', 'opposition', 'party', 'vice-presidential', 'gop',
]);

/** Verbs of saying right after a name, or right before one ("said Kelly Craft"): the name is a person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'wrote', 'argued', 'noted', 'insisted', 'warned', 'explained',
  'announced', 'asked', 'replied', 'recalled', 'acknowledged', 'declared', 'tweeted', 'posted', 'urged',
]);

/** Last words that make a capitalized name an organization, not a person ("Toshiba Corp"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'commission', 'council', 'committee', 'ministry', 'department', 'agency', 'bank', 'corp', 'corp.', 'inc',
  'inc.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'group', 'association', 'union', 'party', 'institute', 'university',
  'times', 'post', 'news', 'journal', 'court', 'fund', 'authority', 'company', 'airlines', 'airways', 'motors',
  'industries', 'exchange', 'board', 'office', 'service', 'services', 'organization', 'organisation',
  'federation', 'front', 'movement', 'army', 'forces', 'police', 'guard', 'club', 'center', 'centre',
  'foundation', 'trust', 'review', 'magazine', 'radio', 'television', 'tv', 'network', 'corporation',
  'holdings', 'partners', 'capital', 'securities', 'brothers', 'energy', 'oil', 'petroleum', 'airport',
  'school', 'college', 'hospital', 'church', 'mosque', 'street', 'square', 'river', 'sea', 'island',
  'islands', 'mountains', 'valley', 'province', 'city', 'county', 'region', 'state', 'states', 'house',
  'hall', 'palace', 'tower', 'media', 'press', 'daily', 'herald', 'tribune', 'gazette', 'telegraph',
  'monitor', 'observer', 'watch', 'reuters', 'index', 'market', 'markets', 'reserve', 'treasury',
  'headquarters', 'staff', 'policy', 'newspaper', 'agency', 'programme', 'program', 'summit', 'forum',
  'institution', 'pac', 'district', 'democrats', 'republicans', 'campaign', 'act', 'law', 'bill',
  'coalition', 'politics', 'pacs', 'force', 'council', 'alliance', 'caucus', 'initiative', 'project',
  'motors', 'electric', 'systems', 'technologies', 'international', 'industries', 'chemical', 'chemicals',
  'steel', 'mining', 'resources', 'foods', 'stores', 'insurance', 'finance', 'financial', 'investors',
  'communications', 'enterprises', 'laboratories', 'pharmaceuticals', 'care', 'europe', 'america', 'asia',
]);

/** Lower-case words after a hyphen that end a name ("Los Angeles-based", "U.S.-led"). */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'based', 'led', 'backed', 'born', 'style', 'owned', 'run', 'made', 'controlled', 'funded', 'sponsored',
  'brokered', 'era', 'like', 'type', 'level', 'wide', 'related', 'linked', 'allied', 'bound', 'elect',
  'affiliated', 'aligned', 'friendly', 'held', 'occupied', 'majority', 'speaking', 'american', 'israeli',
]);

/** Words after a head that continue the title with a complement ("to the United Nations"). */
export const TITLE_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at', 'on']);
