/**
 * Nouns that head a phrase naming a source ("a senior administration official", "the ministry",
 * "Western diplomats"). Lower-cased singular and plural forms. `GOVERNMENT_NOUNS` are bodies
 * that stand for a state; an unnamed one ("the administration") takes the state the document
 * names for it elsewhere ("President Trump's administration"). Compiled from AP style's list of
 * titles and the speaker nouns of PolNeAR's sources.
 */
export const PERSON_NOUNS: readonly string[] = [
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'secretary',
  'ambassador', 'envoy', 'diplomat', 'source', 'aide', 'adviser', 'advisor', 'analyst', 'expert',
  'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'representative', 'leader',
  'chairman', 'chairwoman', 'chair', 'director', 'chief', 'commander', 'general', 'admiral', 'officer',
  'member', 'negotiator', 'observer', 'critic', 'supporter', 'opponent', 'voter', 'resident', 'witness',
  'reporter', 'correspondent', 'candidate', 'nominee', 'governor', 'mayor', 'economist', 'professor',
  'researcher', 'scholar', 'author', 'activist', 'organizer', 'strategist', 'pollster', 'operative',
  'staffer', 'manager', 'executive', 'founder', 'host', 'anchor', 'moderator', 'speaker', 'lawyer',
  'attorney', 'prosecutor', 'judge', 'justice', 'attorney-general', 'premier', 'chancellor', 'king',
  'queen', 'prince', 'emir', 'sheikh', 'ayatollah', 'cleric', 'bishop', 'pope', 'consul', 'attache',
  'delegate', 'mediator', 'monitor', 'inspector', 'investigator', 'agent', 'soldier', 'colonel',
  'captain', 'sergeant', 'lieutenant', 'editor', 'columnist', 'writer', 'journalist', 'blogger',
  'commentator', 'historian', 'scientist', 'doctor', 'physician', 'teacher', 'student', 'worker',
  'farmer', 'owner', 'businessman', 'businesswoman', 'banker', 'trader', 'dealer', 'broker',
  'insider', 'participant', 'partner', 'ally', 'friend', 'backer', 'donor', 'fundraiser', 'consultant',
  'veteran', 'campaigner', 'protester', 'demonstrator', 'person', 'man', 'woman', 'people', 'father',
  'mother', 'son', 'daughter', 'wife', 'husband', 'victim', 'survivor', 'resident', 'citizen',
  'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'delegation', 'deputy',
  'undersecretary', 'head', 'boss', 'whip', 'counsel', 'clerk', 'superintendent', 'commissioner',
  'administrator', 'coordinator', 'president-elect', 'frontrunner', 'front-runner', 'incumbent',
  'challenger', 'rival', 'contender', 'hopeful', 'surrogate', 'employee', 'staff', 'aides', 'one',
  // public figures quoted in features and entertainment news
  'actor', 'actress', 'star', 'comedian', 'singer', 'musician', 'rapper', 'celebrity', 'athlete', 'coach',
  'player', 'entrepreneur', 'billionaire', 'pastor', 'rabbi', 'imam', 'priest', 'preacher', 'nun',
];

export const BODY_NOUNS: readonly string[] = [
  'ministry', 'department', 'office', 'agency', 'embassy', 'consulate', 'mission', 'council',
  'committee', 'commission', 'party', 'union', 'group', 'company', 'firm', 'bank', 'court', 'police',
  'military', 'army', 'navy', 'command', 'cabinet', 'parliament', 'congress', 'senate', 'assembly',
  'campaign', 'team', 'organization', 'organisation', 'association', 'institute', 'foundation',
  'coalition', 'alliance', 'movement', 'network', 'newspaper', 'paper', 'magazine', 'daily',
  'website', 'site', 'outlet', 'channel', 'station', 'broadcaster', 'wire', 'blog', 'poll', 'survey',
  'study', 'report', 'statement', 'communique', 'letter', 'memo', 'document', 'filing', 'lawsuit',
  'complaint', 'bill', 'law', 'resolution', 'analysis', 'review', 'audit', 'editorial', 'release',
  'spokesmen', 'university', 'school', 'center', 'centre', 'board', 'authority', 'authorities',
  'administration', 'government', 'regime', 'leadership', 'presidency', 'palace', 'kremlin',
  'bureau', 'service', 'caucus', 'platform', 'tweet', 'post', 'account', 'video', 'ad', 'advertisement',
  // writings and signs that "say" or "read"
  'message', 'email', 'e-mail', 'note', 'sign', 'banner', 'placard', 'transcript', 'excerpt', 'caption',
  'headline', 'speech', 'interview', 'flyer', 'pamphlet', 'brochure', 'book', 'article', 'story', 'column',
  'op-ed', 'website', 'poster', 'slogan', 'cable', 'ruling', 'opinion',
];

export const GOVERNMENT_NOUNS: readonly string[] = [
  'administration', 'government', 'regime', 'cabinet', 'ministry', 'presidency', 'authorities',
  'leadership', 'kremlin', 'palace', 'state', 'department', 'embassy', 'officials', 'official',
];
