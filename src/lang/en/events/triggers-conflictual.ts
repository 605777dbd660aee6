import type { TriggerGroup } from './trigger-spec.js';

/**
 * Verb phrases of the conflictual PLOVER types (ACCUSE … ASSAULT), with CAMEO codes.
 * Sources: PLOVER 2021 codebook (openeventdata/PLOVER, PLOVER_MANUAL) for types and modes;
 * CAMEO 1.1b3 codebook (Schrodt 2012) for the codes.
 */
export const CONFLICTUAL_VERBS: readonly TriggerGroup[] = [
  // ACCUSE
  { type: 'ACCUSE', mode: 'disapprove', cameo: '111', pos: 'verb', target: 'obj',
    phrases: ['criticize|criticise', 'condemn', 'denounce', 'chide', 'rebuke', 'slam', 'castigate', 'deplore', 'decry',
      'lambaste', 'blast', 'scold', 'reproach', 'cast * as', 'disagree with', 'object to', 'protest * to', 'warn against',
      'complain * about|of', 'voice * concern|anger|outrage|displeasure', 'express * concern|anger|outrage|displeasure|dismay'] },
  { type: 'ACCUSE', mode: 'disapprove', cameo: '111', pos: 'verb', target: 'subj', source: 'from by',
    phrases: ['draw * criticism|condemnation|fire|rebuke|protest', 'face * criticism|condemnation',
      'provoke|spark|trigger|prompt * protest|criticism|condemnation|outrage|rebuke'] },
  { type: 'ACCUSE', mode: 'complain', cameo: '114', pos: 'verb', target: 'that obj about of to', phrases: ['complain'] },
  { type: 'ACCUSE', mode: 'allege', cameo: '112', pos: 'verb', target: 'obj for of that',
    phrases: ['accuse', 'blame', 'allege', 'charge', 'hold * responsible', 'suspect * of',
      'express|voice * suspicion', 'present|produce|provide|show|offer * evidence|proof'] },
  { type: 'ACCUSE', mode: 'complain', cameo: '114', pos: 'verb', target: 'with to',
    phrases: ['lodge * protest|complaint', 'file * protest|complaint', 'summon * ambassador|envoy|diplomat|charge'] },
  { type: 'ACCUSE', mode: 'investigate', cameo: '090', pos: 'verb', target: 'obj by into against',
    phrases: ['investigate', 'probe', 'open|launch|begin|complete * investigation|probe|inquiry', 'dispatch|send * inspector|investigator',
      'inspect', 'examine', 're-examine'] },
  { type: 'ACCUSE', mode: 'sue', cameo: '115', pos: 'verb', target: 'obj', phrases: ['sue', 'file * lawsuit|suit'] },
  // REJECT
  { type: 'REJECT', mode: null, cameo: '120', pos: 'verb', target: 'obj', embeds: 'negative', phrases: ['refuse', 'decline', 'fail'] },
  { type: 'REJECT', mode: null, cameo: '120', pos: 'verb', target: 'obj',
    phrases: ['reject', 'rebuff', 'spurn', 'oppose', 'turn down',
      'dismiss * appeal|call|proposal|offer|plan|request|demand|report|idea|invitation|ultimatum',
      'deny * request|access|visa|entry|permission', 'rule out'] },
  // "denied the accusations", "rejected allegations by Rwanda": rejecting an accusation rejects its author's claim (our
  // annotation guide: "replied that the E.C. charges were unfounded" is a REJECT of the E.C.); condemning one stays an ACCUSE
  { type: 'REJECT', mode: 'deny', cameo: '120', pos: 'verb', target: 'by obj',
    phrases: ['deny|reject|refute|dismiss * accusation|allegation|charge|claim'] },
  // leaving an agreement: a rejection of it, in the mode the knowledge base reads as a withdrawal
  { type: 'REJECT', mode: 'withdraw', cameo: '120', pos: 'verb', target: 'obj',
    phrases: ['renege on', 'back out of', 'withdraw from * agreement|deal|treaty|accord|talk|pact|convention|protocol'] },
  // "removing the sanctions is out of the question," officials said: the speaker rejects what the subject names
  { type: 'REJECT', mode: null, cameo: '120', pos: 'verb', target: 'subj', source: 'speaker', phrases: ['out of the question'] },
  { type: 'REJECT', mode: 'veto', cameo: '129', pos: 'verb', target: 'obj', phrases: ['veto', 'block * resolution|bill|proposal'] },
  { type: 'REJECT', mode: 'defy', cameo: '128', pos: 'verb', target: 'obj', phrases: ['defy', 'violate * ban|order|resolution|embargo|sanction|law', 'flout'] },
  // THREATEN
  { type: 'THREATEN', mode: null, cameo: '130', pos: 'verb', target: 'obj', embeds: 'threat', phrases: ['threaten'] },
  { type: 'THREATEN', mode: 'warn', cameo: '130', pos: 'verb', target: 'obj', phrases: ['warn', 'issue * warning|threat|ultimatum', 'give * ultimatum'] },
  // PROTEST
  { type: 'PROTEST', mode: 'strike-hun', cameo: '142', pos: 'verb', target: 'against', phrases: ['begin|stage|start|launch * hunger strike', 'go on hunger strike'] },
  { type: 'PROTEST', mode: 'strike-gen', cameo: '143', pos: 'verb', target: 'obj against',
    phrases: ['go on strike', 'organize|call|stage|hold * strike', 'boycott', 'shun * work'] },
  { type: 'PROTEST', mode: 'obstruct', cameo: '144', pos: 'verb', target: 'against',
    phrases: ['block * road|street|highway|bridge|border|entrance|traffic', 'blockade * road|street|highway|port', 'occupy * square|building|office'] },
  { type: 'PROTEST', mode: 'riot', cameo: '145', pos: 'verb', target: 'against', phrases: ['riot', 'throw * stone|rock'] },
  { type: 'PROTEST', mode: 'demo', cameo: '141', pos: 'verb', target: 'against at to obj',
    phrases: ['protest', 'demonstrate', 'rally', 'march', 'stage|hold|organize * rally|protest|demonstration|march|sit-in|vigil',
      'take to * street'] },
  // SANCTION
  { type: 'SANCTION', mode: 'relations', cameo: '161', pos: 'verb', target: 'with',
    phrases: ['sever|cut|break * tie|relation', 'break off * tie|relation', 'downgrade * tie|relation', 'recall * ambassador|envoy'] },
  { type: 'SANCTION', mode: 'aid', cameo: '162', pos: 'verb', target: 'to for in',
    phrases: ['suspend|halt|cut|stop|freeze * aid|assistance|delivery|deliveries|program|funding', 'cut off * money|aid|fund|supply|supplies|remittance'] },
  { type: 'SANCTION', mode: 'embargo', cameo: '163', pos: 'verb', target: 'on against obj',
    phrases: ['impose|slap|tighten|extend * sanction|embargo|tariff|ban|blockade', 'sanction', 'embargo', 'freeze * asset', 'blacklist', 'blockade'] },
  { type: 'SANCTION', mode: 'halt', cameo: '164', pos: 'verb', target: 'with',
    phrases: ['suspend|halt|stop|freeze * talk|negotiation|cooperation|link|contact|flight|trade|import|export',
      'break off * talk|negotiation|cooperation|link|contact', 'cancel * visit|talk|meeting|summit'] },
  { type: 'SANCTION', mode: 'expel', cameo: '166', pos: 'verb', target: 'obj from', phrases: ['expel * diplomat|ambassador|envoy|attache|official'] },
  // MOBILIZE
  { type: 'MOBILIZE', mode: 'troops', cameo: '153', pos: 'verb', target: 'to in against',
    phrases: ['mobilize|mobilise', 'deploy|send|dispatch|mass|move * troop|force|soldier|warship|tank|jet|missile|peacekeeper|reservist|army|ship',
      'deploy', 'build up * force|troop'] },
  { type: 'MOBILIZE', mode: 'alert', cameo: '152', pos: 'verb', target: 'obj', phrases: ['put * on alert', 'raise * alert', 'heighten * alert'] },
  { type: 'MOBILIZE', mode: 'police', cameo: '151', pos: 'verb', target: 'in', phrases: ['order * patrol', 'step up * patrol|security'] },
  { type: 'MOBILIZE', mode: 'military', cameo: '150', pos: 'verb', target: 'in near with',
    phrases: ['conduct|hold|stage|launch|begin * exercise|drill|maneuver|manoeuvre', 'prepare to resume'] },
  // COERCE
  { type: 'COERCE', mode: 'detain', cameo: '173', pos: 'verb', target: 'obj',
    phrases: ['arrest', 'detain', 'jail', 'imprison', 'indict', 'issue * warrant', 'round up', 'hold * prisoner|hostage|captive|shield', 'take * into custody'] },
  { type: 'COERCE', mode: 'deport', cameo: '174', pos: 'verb', target: 'obj from to', phrases: ['deport', 'expel', 'extradite from', 'force * out'] },
  { type: 'COERCE', mode: 'seize', cameo: '171', pos: 'verb', target: 'obj', phrases: ['seize', 'confiscate', 'impound', 'nationalize'] },
  { type: 'COERCE', mode: 'destroy', cameo: '1712', pos: 'verb', target: 'obj',
    phrases: ['destroy', 'demolish', 'raze', 'bulldoze', 'blow up', 'set fire to', 'set * on fire', 'torch', 'sabotage'] },
  { type: 'COERCE', mode: 'ban', cameo: '172', pos: 'verb', target: 'obj from',
    phrases: ['ban', 'outlaw', 'prohibit', 'forbid', 'bar', 'prevent', 'restrict', 'suspend * constitution|parliament|party|newspaper'] },
  { type: 'COERCE', mode: 'martial-law', cameo: '1722', pos: 'verb', target: 'in',
    phrases: ['declare|impose * state of emergency|siege', 'declare|impose * martial law', 'declare|impose * curfew|emergency', 'institute * curfew'] },
  { type: 'COERCE', mode: 'censor', cameo: '176', pos: 'verb', target: 'obj', phrases: ['censor', 'deface', 'hack', 'shut down * website|newspaper|station|internet'] },
  { type: 'COERCE', mode: 'repress', cameo: '175', pos: 'verb', target: 'obj on', phrases: ['crack down', 'disperse', 'use * tear gas'] },
  // ASSAULT
  { type: 'ASSAULT', mode: 'abduct', cameo: '181', pos: 'verb', target: 'obj', phrases: ['kidnap', 'abduct', 'hijack', 'take * hostage'] },
  { type: 'ASSAULT', mode: 'torture', cameo: '1822', pos: 'verb', target: 'obj', phrases: ['torture'] },
  { type: 'ASSAULT', mode: 'beat', cameo: '182', pos: 'verb', target: 'obj', phrases: ['beat', 'beat up', 'assault'] },
  { type: 'ASSAULT', mode: 'assassinate', cameo: '186', pos: 'verb', target: 'obj', phrases: ['assassinate', 'attempt to assassinate'] },
  { type: 'ASSAULT', mode: 'aerial', cameo: '195', pos: 'verb', target: 'obj on against in',
    phrases: ['bomb', 'launch|conduct * air|drone strike|raid', 'launch|conduct * airstrike', 'carry out * air|drone strike|raid', 'carry out * airstrike', 'strafe'] },
  { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', pos: 'verb', target: 'obj on at',
    phrases: ['shell', 'bombard', 'launch * artillery|rocket|mortar|missile', 'fire * rocket|missile|shell|mortar|artillery|battery|batteries'] },
  { type: 'ASSAULT', mode: 'occupy', cameo: '192', pos: 'verb', target: 'obj', phrases: ['invade', 'occupy', 'capture', 'annex', 'overrun'] },
  { type: 'ASSAULT', mode: 'ceasefire-violation', cameo: '196', pos: 'verb', target: 'obj', phrases: ['violate * ceasefire|cease-fire|truce'] },
  { type: 'ASSAULT', mode: 'fight', cameo: '190', pos: 'verb', target: 'with against', mutual: true, phrases: ['clash', 'fight', 'battle', 'skirmish'] },
  { type: 'ASSAULT', mode: null, cameo: '190', pos: 'verb', target: 'against in',
    phrases: ['engage in * cleansing|fighting|combat|hostilities|clash|battle|massacre|killing'] },
  { type: 'ASSAULT', mode: null, cameo: '190', pos: 'verb', target: 'obj on against at',
    phrases: ['attack', 'kill', 'wound', 'shoot', 'shoot down', 'ambush', 'raid', 'storm', 'massacre', 'strike', 'fire on|at|upon',
      'launch * attack|offensive|raid|assault|strike', 'carry out * attack|raid|bombing|assault', 'open fire'] },
];

/** What a PROTEST by a government is: a diplomatic complaint (CAMEO 114 "protest officially"). */
export const OFFICIAL_PROTEST: TriggerGroup = { type: 'ACCUSE', mode: 'complain', cameo: '114', pos: 'verb', target: 'against', phrases: [] };
