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
 *
 * `QUOTE_ONLY_VERBS` (manner of speaking: barked, laughed) are cues only beside a quotation;
 * `NOUN_LIKE_VERBS` have no base form and their -s form ("notes", "claims") is a cue only right
 * before a clause; `CLAUSE_ONLY_VERBS` need a clause or quotation after them; phrasal cues take
 * their particle from `CUE_PARTICLES` ("shot back", "as she put it").
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
    // Levin 37.7 (say), 37.1 (transfer of a message), 37.8 (complain), 48.1.2 (reveal)
    'affirm', 'aver', 'avow', 'articulate', 'confess', 'confide', 'relate', 'recite', 'relay', 'narrate',
    'preach', 'object', 'rebut', 'remind', 'reassure', 'notify', 'caution', 'counsel', 'instruct',
    'remember', 'recollect', 'reminisce', 'reflect', 'speculate', 'surmise', 'theorize', 'theorise',
    'hypothesize', 'conjecture', 'underline', 'underscore', 'highlight', 'profess', 'attest', 'certify',
    'vouch', 'grant', 'allow', 'express', 'voice', 'rule',
    // phrasal: "shot back", "fired back", "as she put it", "summed up", "piped up", "cut in"
    'shoot', 'fire', 'push', 'put', 'sum', 'pipe', 'cut', 'break', 'follow', 'bring', 'jump',
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
 * Verbs of manner of speaking and of expression (Levin 37.3, 40.2 "nonverbal expression"; news
 * usage: “…,” he barked / laughed / deadpanned). They report words only beside a quotation, so
 * they are cues only when a quotation mark stands next to the frame ("Trump laughed at the idea"
 * reports nothing). Class `say`.
 */
export const QUOTE_ONLY_VERBS: readonly string[] = [
  'bark', 'bellow', 'boom', 'thunder', 'roar', 'growl', 'snarl', 'hiss', 'howl', 'holler', 'cry', 'sob',
  'wail', 'shriek', 'squeal', 'screech', 'murmur', 'mumble', 'stammer', 'stutter', 'drawl', 'croak',
  'rasp', 'chuckle', 'laugh', 'sigh', 'smile', 'grin', 'shrug', 'beam', 'marvel', 'exult', 'enthuse',
  'gloat', 'crow', 'cheer', 'chant', 'sing', 'intone', 'deadpan', 'riff', 'tease', 'taunt', 'jab',
  'jeer', 'sneer', 'snipe', 'needle', 'interrupt', 'begin', 'start', 'finish', 'end', 'close', 'rant',
  'rave', 'vent', 'gripe', 'grouse', 'grumble', 'whine', 'moan', 'groan', 'carp', 'exclaim', 'blurt',
  'rejoin', 'riposte', 'volunteer', 'offer', 'text', 'email', 'e-mail', 'message', 'type', 'scribble',
  'pen', 'caption', 'headline', 'gasp', 'snort', 'sniff', 'huff', 'pout', 'puzzle', 'plead', 'beg',
  'implore', 'coo', 'chirp', 'trumpet', 'rail', 'fume', 'seethe', 'steam', 'spit', 'sputter', 'splutter',
  'squawk', 'yelp', 'whoop', 'rage', 'storm', 'lecture', 'sermonize', 'kid', 'rib', 'josh', 'banter',
  'sass', 'prod', 'press', 'pepper', 'quiz', 'grill', 'probe', 'inquire', 'enquire', 'query', 'persist',
  'venture',
];

/**
 * Verbs whose base and -s forms are more often nouns ("a claim", "the report", "his calls"):
 * only their past, participle and -ing forms are cues.
 */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'state', 'post', 'charge', 'claim', 'answer', 'question', 'report', 'call', 'note', 'point', 'counter',
  'protest', 'demand', 'attack', 'praise', 'estimate', 'forecast', 'doubt', 'fear', 'hope', 'trust',
  'quote', 'signal', 'label', 'brand', 'slam', 'blast', 'comment', 'remark', 'tweet', 'promise',
  'object', 'grant', 'voice', 'fire', 'push', 'break', 'cut', 'sum', 'pipe', 'highlight', 'relay',
  'counsel', 'conjecture', 'shoot', 'put', 'allow', 'express', 'follow', 'bring', 'jump',
  'pledge', 'vow', 'joke', 'quip', 'muse', 'show', 'figure', 'guess', 'air', 'read', 'detail',
  'document', 'reply', 'go', 'speak', 'talk', 'snap', 'sound', 'spell', 'hit', 'request', 'appeal',
  'challenge', 'dispute', 'welcome', 'reason', 'hint', 'mention', 'blame', 'rail', 'fume', 'lash',
  'mock', 'swear', 'plead', 'feel', 'know', 'find', 'learn', 'worry', 'consider', 'imagine',
  'continue', 'agree', 'concur', 'cite', 'expect', 'broadcast', 'publish', 'rule',
]);

/**
 * Phrasal verbs whose particle belongs to the cue ("pointed out", "went on", "called for").
 * Keyed by base form; the particle must follow the verb directly.
 */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out']], ['go', ['on']], ['chime', ['in']], ['weigh', ['in']], ['call', ['for', 'on']],
  ['speak', ['out', 'up']], ['sound', ['off']], ['lash', ['out']], ['spell', ['out']], ['hit', ['back']],
  ['shoot', ['back']], ['fire', ['back']], ['push', ['back']], ['write', ['back']], ['put', ['it']],
  ['sum', ['up']], ['pipe', ['up', 'in']], ['cut', ['in']], ['break', ['in']], ['follow', ['up']],
  ['bring', ['up']], ['jump', ['in']], ['cry', ['out']], ['call', ['out', 'for', 'on']], ['rail', ['against']],
]);

/** Verbs that are cues only with their particle ("went on", not "went"). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set([
  'point', 'go', 'chime', 'weigh', 'sound', 'lash', 'spell', 'hit', 'shoot', 'fire', 'push', 'put', 'sum',
  'pipe', 'cut', 'break', 'follow', 'bring', 'jump',
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
  // "responded to the violence": an object, not a report
  'respond',
  'affirm', 'aver', 'avow', 'articulate', 'confess', 'confide', 'relate', 'recite', 'relay', 'narrate',
  'preach', 'object', 'rebut', 'remind', 'reassure', 'notify', 'counsel', 'instruct', 'remember',
  'recollect', 'reminisce', 'reflect', 'speculate', 'surmise', 'theorize', 'theorise', 'hypothesize',
  'conjecture', 'underline', 'underscore', 'highlight', 'profess', 'attest', 'certify', 'vouch', 'grant',
  'allow', 'express', 'voice', 'shoot', 'fire', 'push', 'put', 'sum', 'pipe', 'cut', 'break', 'follow',
  'bring', 'jump',
  // "ruled that …", not "ruled the country"
  'rule',
]);
