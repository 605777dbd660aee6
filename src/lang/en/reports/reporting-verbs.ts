/**
 * Reporting verbs: the verbs that introduce what someone said, wrote, did with words, or holds.
 * Base forms; the loader inflects them. Compiled from the PolNeAR annotation guidelines' cue
 * examples (Newell, Margolin & Ruths 2018) and Levin's verb classes 37 (verbs of communication),
 * 33 (judgement verbs) and 29.5 (conjecture verbs).
 *
 * - `say`: reports words ("said", "told", "wrote", "added").
 * - `act`: a speech act that is an event of its own as well (warn, urge, accuse, praise, promise).
 * - `belief`: reports a stance (believe, think, hope, fear).
 * - `source`: reports a finding or a publication (report, find, show).
 */
export type ReportClass = 'say' | 'act' | 'belief' | 'source';

export const REPORTING_VERBS: Readonly<Record<ReportClass, readonly string[]>> = {
  say: [
    'say', 'tell', 'add', 'note', 'state', 'declare', 'announce', 'explain', 'insist', 'argue', 'claim',
    'assert', 'contend', 'maintain', 'write', 'tweet', 'post', 'reply', 'respond', 'answer', 'ask',
    'stress', 'emphasize', 'emphasise', 'reiterate', 'repeat', 'recall', 'acknowledge', 'admit',
    'concede', 'confirm', 'allege', 'comment', 'remark', 'observe', 'suggest', 'predict', 'boast',
    'brag', 'joke', 'quip', 'muse', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'testify', 'inform',
    'assure', 'advise', 'counter', 'retort', 'lament', 'conclude', 'continue', 'describe', 'opine',
    'elaborate', 'clarify', 'specify', 'disclose', 'reveal', 'indicate', 'signal', 'hint', 'mention',
    'point', 'go', 'chime', 'weigh', 'speak', 'talk', 'quote', 'pronounce', 'proclaim', 'interject',
    'snap', 'scoff', 'gush', 'reason', 'posit', 'estimate', 'forecast', 'wonder', 'recount',
    'summarize', 'summarise', 'concur', 'agree', 'complain', 'sound', 'spell', 'reply', 'cite',
  ],
  act: [
    'warn', 'caution', 'urge', 'vow', 'pledge', 'promise', 'swear', 'deny', 'charge', 'accuse', 'protest',
    'plead', 'demand', 'propose', 'recommend', 'call', 'label', 'dub', 'brand', 'characterize',
    'characterise', 'praise', 'criticize', 'criticise', 'blast', 'slam', 'attack', 'mock', 'chide',
    'scold', 'rebuke', 'thank', 'congratulate', 'apologize', 'apologise', 'threaten', 'question',
    'tout', 'hail', 'decry', 'rail', 'fume', 'lash', 'hit', 'condemn', 'denounce', 'dismiss', 'reject',
    'welcome', 'applaud', 'defend', 'blame', 'appeal', 'request', 'challenge', 'dispute', 'refute',
  ],
  belief: [
    'believe', 'think', 'hope', 'fear', 'expect', 'feel', 'know', 'doubt', 'suspect', 'worry', 'assume',
    'suppose', 'reckon', 'guess', 'consider', 'understand', 'realize', 'realise',
    'imagine', 'trust', 'anticipate', 'figure',
  ],
  source: [
    'report', 'find', 'show', 'publish', 'broadcast', 'air', 'document', 'learn', 'detail', 'read',
  ],
};

/**
 * Verbs whose base and -s forms are more often nouns ("a claim", "the report", "his calls"):
 * only their past, participle and -ing forms are cues.
 */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'state', 'post', 'charge', 'claim', 'answer', 'question', 'report', 'call', 'note', 'point', 'counter',
  'protest', 'demand', 'attack', 'praise', 'estimate', 'forecast', 'doubt', 'fear', 'hope', 'trust',
  'quote', 'signal', 'label', 'brand', 'slam', 'blast', 'comment', 'remark', 'tweet', 'promise',
  'pledge', 'vow', 'joke', 'quip', 'muse', 'show', 'figure', 'guess', 'air', 'read', 'detail',
  'document', 'reply', 'go', 'speak', 'talk', 'snap', 'sound', 'spell', 'hit', 'request', 'appeal',
  'challenge', 'dispute', 'welcome', 'reason', 'hint', 'mention', 'blame', 'rail', 'fume', 'lash',
  'mock', 'swear', 'plead', 'feel', 'know', 'find', 'learn', 'worry', 'consider', 'imagine',
  'continue', 'agree', 'concur', 'cite', 'expect', 'broadcast', 'publish',
]);

/**
 * Phrasal verbs whose particle belongs to the cue ("pointed out", "went on", "called for").
 * Keyed by base form; the particle must follow the verb directly.
 */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out']], ['go', ['on']], ['chime', ['in']], ['weigh', ['in']], ['call', ['for', 'on']],
  ['speak', ['out', 'up']], ['sound', ['off']], ['lash', ['out']], ['spell', ['out']], ['hit', ['back']],
]);

/** Verbs that are cues only with their particle ("went on", not "went"). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set([
  'point', 'go', 'chime', 'weigh', 'sound', 'lash', 'spell', 'hit',
]);

/** Verbs whose first object is the addressee, not the content ("told reporters that …"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'advise', 'warn', 'remind', 'ask', 'urge', 'promise', 'thank', 'caution',
]);

/**
 * Verbs that report speech only when what follows is a clause or a quotation ("maintained that",
 * "indicated: “…”"), not an object ("maintained relations", "showed growth", "found the body").
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'maintain', 'indicate', 'signal', 'show', 'reveal', 'find', 'learn', 'read', 'continue', 'describe',
  'counter', 'recall', 'detail', 'document', 'estimate', 'forecast', 'project', 'agree', 'concur',
  'answer', 'speak', 'talk', 'hint', 'mention', 'repeat', 'post', 'air', 'broadcast', 'publish',
  'question', 'challenge', 'dispute', 'welcome', 'defend', 'reject', 'dismiss', 'request', 'appeal',
  'expect', 'consider', 'understand', 'know', 'feel', 'figure', 'imagine', 'anticipate', 'trust',
  'begin', 'cite', 'quote', 'reason', 'spell', 'sound',
]);
