import type { TriggerGroup } from './trigger-spec.js';

/**
 * Verb phrases of the cooperative PLOVER types (AGREE … REQUEST), with CAMEO codes.
 * Sources: PLOVER 2021 codebook (openeventdata/PLOVER, PLOVER_MANUAL) for types and modes;
 * CAMEO 1.1b3 codebook (Schrodt 2012) for the codes.
 */
export const COOPERATIVE_VERBS: readonly TriggerGroup[] = [
  // AGREE
  { type: 'AGREE', mode: 'join', cameo: '057', pos: 'verb', target: 'obj to', needsAgreement: true,
    phrases: ['join', 'accede to', 'sign on to', 'sign up to', 'become * member|signatory|party of|to'] },
  { type: 'AGREE', mode: 'sign', cameo: '057', pos: 'verb', target: 'with', mutual: true,
    phrases: ['sign', 'ink', 'conclude * agreement|accord|treaty|deal|pact'] },
  { type: 'AGREE', mode: 'ratify', cameo: '057', pos: 'verb', target: 'obj', phrases: ['ratify'] },
  { type: 'AGREE', mode: 'establish_relations', cameo: '054', pos: 'verb', target: 'with between', mutual: true,
    phrases: ['normalize * relation|tie', 'normalize', 'establish * relation|tie', 'restore * relation|tie',
      'forge * relation|tie', 'open * diplomatic relation|tie', 'recognise|recognize =israel|=palestine'] },
  { type: 'AGREE', mode: null, cameo: '030', pos: 'verb', target: 'with on', mutual: true,
    phrases: ['reach * agreement|deal|accord|understanding|consensus', 'strike * deal|agreement',
      'clinch * deal|agreement', 'seal * deal|agreement', 'settle * dispute|differences', 'accept * offer|proposal|plan|invitation|terms|ceasefire|truce',
      'reaffirm * commitment', 'reaffirm * support', 'approve * plan|proposal|deal|agreement|extension|resolution'] },
  { type: 'AGREE', mode: null, cameo: '030', pos: 'verb', target: 'with on', mutual: true, embeds: 'intent', phrases: ['agree'] },
  // accepting is political when what is accepted is (a ban, the idea, monitoring), not bids or posts
  { type: 'AGREE', mode: null, cameo: '030', pos: 'verb', target: 'obj',
    phrases: ['accept =that', 'accept * ban|idea|clause|monitoring|program|programme|refugee|recommendation|compromise|principle|decision|mediation|verdict|ruling|role|sanction|tariff|quota|formula|settlement|arrangement|presence|troop|peacekeeper'] },
  // "received assurances from the government": the one who gives them acts
  { type: 'AGREE', mode: null, cameo: '030', pos: 'verb', target: 'subj', source: 'from by',
    phrases: ['receive|get|obtain|win * assurance|guarantee|promise|pledge|commitment'] },
  { type: 'AGREE', mode: null, cameo: '030', pos: 'verb', target: 'obj to', embeds: 'intent',
    phrases: ['promise', 'pledge', 'vow', 'commit', 'offer', 'undertake', 'swear', 'guarantee'] },
  // CONSULT
  { type: 'CONSULT', mode: 'visit', cameo: '042', pos: 'verb', target: 'obj to', needsActorObject: true,
    phrases: ['visit', 'travel to', 'fly to', 'arrive in|at', 'tour', 'pay * visit to'] },
  { type: 'CONSULT', mode: 'host', cameo: '043', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['host', 'welcome * delegation|visit'] },
  { type: 'CONSULT', mode: 'host', cameo: '043', pos: 'verb', target: 'obj from', needsActorObject: true,
    phrases: ['receive * delegation|mission|envoy|minister|president|leader|ambassador|team|observer|official|prime'] },
  // attending a meeting somewhere is meeting at a third location (CAMEO 044); its venue or topic is the recipient
  { type: 'CONSULT', mode: 'meet', cameo: '044', pos: 'verb', target: 'obj with on in at',
    phrases: ['attend * summit|meeting|talk|conference|session|ceremony|funeral|inauguration|forum|negotiation|gathering|olympics|games|opening',
      'take part in * summit|meeting|talk|conference|session|negotiation', 'participate in * summit|meeting|talk|conference|session|negotiation'] },
  // telling another party of an act (CAMEO 04: consult), "the United Nations was being informed of the attack"
  { type: 'CONSULT', mode: 'inform', cameo: '040', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['inform', 'notify', 'brief'] },
  { type: 'CONSULT', mode: 'phone', cameo: '041', pos: 'verb', target: 'obj with', mutual: true,
    phrases: ['phone', 'telephone', 'speak by phone|telephone', 'hold * phone|telephone call|conversation'] },
  { type: 'CONSULT', mode: 'mediate', cameo: '045', pos: 'verb', target: 'between', phrases: ['mediate', 'launch * mediation', 'broker'] },
  { type: 'CONSULT', mode: 'negotiate', cameo: '046', pos: 'verb', target: 'with', mutual: true,
    phrases: ['negotiate', 'hold * negotiation', 'open * negotiation', 'resume * negotiation|talk', 'bargain'] },
  { type: 'CONSULT', mode: 'meet', cameo: '040', pos: 'verb', target: 'obj with', mutual: true,
    phrases: ['meet', 'talk', 'hold * talk|meeting|discussion|consultation|summit', 'discuss', 'confer',
      'consult', 'sit down with', 'speak with', 'have * talk|meeting|discussion'] },
  // SUPPORT
  { type: 'SUPPORT', mode: 'praise', cameo: '051', pos: 'verb', target: 'obj',
    phrases: ['praise', 'welcome', 'hail', 'commend', 'applaud', 'endorse', '=backed|=backs', 'laud', 'congratulate',
      'thank', 'support', 'express * support|solidarity', 'voice * support|solidarity'] },
  // "Trump deserves respect," Cameron said: the one deserving is the recipient, the speaker praises
  { type: 'SUPPORT', mode: 'praise', cameo: '051', pos: 'verb', target: 'subj', source: 'speaker',
    phrases: ['deserve * respect|praise|credit|thanks|support|recognition'] },
  // "stood by his comments": the actor holds to what it said before (restated as that earlier act)
  { type: 'SUPPORT', mode: 'defend', cameo: '052', pos: 'verb', target: 'obj', restates: true,
    phrases: ['stand by * comment|remark|statement|word|criticism|position|view|assessment|decision'] },
  { type: 'SUPPORT', mode: 'defend', cameo: '052', pos: 'verb', target: 'obj', phrases: ['defend', 'stand by', 'side with'] },
  { type: 'SUPPORT', mode: 'praise', cameo: '051', pos: 'verb', target: 'obj',
    phrases: ['back * plan|proposal|warning|bid|resolution|call|candidacy|candidate|move|deal|effort|measure|initiative|position|demand|request'] },
  { type: 'SUPPORT', mode: 'rally', cameo: '053', pos: 'verb', target: 'for', phrases: ['rally * support', 'mobilize * support|pressure|group'] },
  { type: 'SUPPORT', mode: 'recognize', cameo: '054', pos: 'verb', target: 'with', mutual: true,
    phrases: ['upgrade * tie|relation', 'grant * recognition', 'restore * ambassador'] },
  { type: 'SUPPORT', mode: 'forgive', cameo: '056', pos: 'verb', target: 'obj', phrases: ['forgive', 'pardon'] },
  { type: 'SUPPORT', mode: 'empathize', cameo: '018', pos: 'verb', target: 'to for',
    phrases: ['express * sorrow|condolence|sympathy|regret|grief', 'offer * condolence|sympathy'] },
  { type: 'SUPPORT', mode: 'appreciate', cameo: '013', pos: 'verb', target: 'for to obj',
    phrases: ['express * appreciation|gratitude|thanks|optimism', 'appreciate'] },
  // CONCEDE
  { type: 'CONCEDE', mode: 'ease', cameo: '081', pos: 'verb', target: 'on in',
    phrases: ['ease * restriction|measure|curb|rule|control|ban|curfew', 'lift * curfew|ban|restriction|measure|embargo|blockade',
      'cancel * restriction|ban', 'relax * restriction|measure|rule|control', 'loosen * restriction|control'] },
  { type: 'CONCEDE', mode: 'ease-sanctions', cameo: '085', pos: 'verb', target: 'on against', phrases: ['lift * sanction', 'ease * sanction'] },
  { type: 'CONCEDE', mode: 'reform', cameo: '083', pos: 'verb', target: 'to obj',
    phrases: ['concede', 'accede to', 'give in', 'yield to', 'back down', 'relent', 'make * concession', 'bow to', 'call off', 'recognize * victory|result',
      'accept * demand|condition', 'meet * demand|condition', 'grant * demand|concession', 'make * exception', 'postpone * deadline|ban|sanction|deportation|expulsion'] },
  // PLOVER puts apologies under CONCEDE (admitting a wrong gives ground); CAMEO codes them 055
  { type: 'CONCEDE', mode: 'apologize', cameo: '055', pos: 'verb', target: 'to for', phrases: ['apologize|apologise', 'admit * wrongdoing|responsibility|mistake|error|guilt'] },
  // "the government admitted we were right": granting the other side's point
  { type: 'CONCEDE', mode: 'reform', cameo: '083', pos: 'verb', target: 'that obj', phrases: ['admit =that|=we|=they|=it|=he|=she', 'acknowledge * mistake|error|failure'] },
  // COOPERATE
  { type: 'COOPERATE', mode: 'judicial', cameo: '063', pos: 'verb', target: 'to', phrases: ['extradite', 'hand over * suspect'] },
  { type: 'COOPERATE', mode: 'intelligence', cameo: '064', pos: 'verb', target: 'with', mutual: true,
    phrases: ['share * intelligence|information|expertise|data'] },
  { type: 'COOPERATE', mode: null, cameo: '060', pos: 'verb', target: 'with', mutual: true,
    phrases: ['cooperate|co-operate', 'collaborate', 'work with|together', 'team up', 'partner with',
      'expand|deepen|boost|strengthen|enhance|elevate|increase * cooperation|tie|relation|partnership|trade',
      'repair|mend|improve * relation|tie', 'maintain * relation|tie', 'have * relationship', 'trade with'] },
  // AID
  { type: 'AID', mode: 'asylum', cameo: '075', pos: 'verb', target: 'obj to', phrases: ['grant * asylum|refuge', 'offer * asylum|refuge'] },
  { type: 'AID', mode: 'military', cameo: '072', pos: 'verb', target: 'obj to',
    phrases: ['send|supply|sell|deliver|provide * arm|weapon|missile', 'send|supply|sell|deliver|provide * military aid|assistance'] },
  // "armed" is mostly an adjective ("armed with machetes", "armed struggle", "UN arms inspectors"): arming is an event when an actor is armed
  { type: 'AID', mode: 'military', cameo: '072', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['arm'] },
  { type: 'AID', mode: 'humanitarian', cameo: '073', pos: 'verb', target: 'obj to from',
    phrases: ['evacuate * wounded|civilian|refugee', 'send|deliver|provide|airlift * food|medicine|relief|humanitarian'] },
  { type: 'AID', mode: null, cameo: '070', pos: 'verb', target: 'obj to',
    phrases: ['give|provide|send|extend|grant|deliver|offer|pledge * aid|assistance|grant|loan|credit|support|fund|money',
      'donate', 'fund', 'finance', 'hand over * medicine|aid|supplies'] },
  { type: 'AID', mode: null, cameo: '070', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['help', 'assist'] },
  // RETREAT
  { type: 'RETREAT', mode: 'release', cameo: '0841', pos: 'verb', target: 'obj to',
    phrases: ['release|free * prisoner|hostage|detainee|captive|soldier|activist|dissident|journalist|national|citizen|mayor|leader|official|minister|worker',
      'hand over * national|prisoner|captive', 'pay * compensation'] },
  { type: 'RETREAT', mode: 'release', cameo: '0841', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['release', 'free'] },
  { type: 'RETREAT', mode: 'withdraw', cameo: '0874', pos: 'verb', target: 'from in',
    phrases: ['withdraw * troop|force|soldier|peacekeeper|unit|inspector|personnel|worker', 'withdraw from', 'pull * troop|force|soldier out',
      'pull out', 'retreat', 'evacuate * settlement|base|troop', 'speed * withdrawal'] },
  // leaving an agreement or a body: "Britain left the European Union", "the U.S. will exit the Paris Agreement"
  { type: 'RETREAT', mode: 'withdraw', cameo: '0874', pos: 'verb', target: 'obj', needsAgreement: true, phrases: ['leave', 'exit', 'pull out of'] },
  { type: 'RETREAT', mode: 'ceasefire', cameo: '0871', pos: 'verb', target: 'with', mutual: true,
    phrases: ['declare * ceasefire|cease-fire|truce', 'agree * ceasefire|cease-fire|truce', 'observe * ceasefire|truce'] },
  { type: 'RETREAT', mode: 'disarm', cameo: '0873', pos: 'verb', target: 'obj', phrases: ['demobilize', 'disarm', 'lay down * arm|weapon', 'disband'] },
  { type: 'RETREAT', mode: 'access', cameo: '086', pos: 'verb', target: 'to', phrases: ['allow * access|entry|inspector|observer', 'open * border', 're-open * border', 'reopen * border', 'lift * siege',
      'give|grant * permission|clearance'] },
  { type: 'RETREAT', mode: 'resign', cameo: '080', pos: 'verb', target: 'obj', phrases: ['resign', 'step down', 'quit'] },
  // REQUEST
  { type: 'REQUEST', mode: 'condition', cameo: '100', pos: 'verb', target: 'obj',
    phrases: ['link * to', 'condition * on|upon', 'tie * to', 'make * conditional'] },
  { type: 'REQUEST', mode: 'demand', cameo: '100', pos: 'verb', target: 'obj that from of',
    phrases: ['demand', 'insist on|upon', 'press for', 'press * to', 'pressure * to|into', 'order', 'issue * ultimatum|demand', 'reiterate * demand|call'] },
  // "press", "pressure" and "lobby" are mostly nouns ("Brazilian press reports", "under mounting pressure", "a
  // protectionist lobby"): a verb use asks something of an actor ("pressed Iran", "lobbied Congress")
  { type: 'REQUEST', mode: 'demand', cameo: '100', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['press', 'pressure'] },
  { type: 'REQUEST', mode: 'appeal', cameo: '020', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['lobby'] },
  { type: 'REQUEST', mode: 'appeal', cameo: '020', pos: 'verb', target: 'obj on to that',
    phrases: ['urge', 'ask', 'call on|upon', 'call for', 'appeal', 'request', 'plead', 'push for', 'lobby for', 'lobby * to', 'seek * support|help|aid|assistance', 'invite',
      'approach * for|about',
      'propose', 'encourage', 'implore', 'beg'] },
  // "Obama wants Putin to …": a wish that another actor act is an appeal to that actor
  { type: 'REQUEST', mode: 'appeal', cameo: '020', pos: 'verb', target: 'obj', needsActorObject: true, phrases: ['want * to'] },
  { type: 'REQUEST', mode: 'asylum', cameo: '023', pos: 'verb', target: 'in from', phrases: ['seek * refuge|asylum'] },
];
