import type { TriggerGroup } from './trigger-spec.js';

/**
 * Event nouns ("Kazakhstan's entry into the accords", "a meeting with Tokayev", "Israeli shelling").
 * A noun only yields an event when its phrase names a participant: a possessive or a modifying
 * actor ("Kazakhstan's", "its", "Israeli"), an agent in its `source` slots (default `by`; "a warning
 * from the unions", "at the request of the Commission"), or one of its target slots. Sources as
 * for the verbs: PLOVER 2021 codebook and CAMEO 1.1b3.
 */
export const EVENT_NOUNS: readonly TriggerGroup[] = [
  { type: 'AGREE', mode: 'join', cameo: '057', pos: 'noun', target: 'into to', needsAgreement: true,
    phrases: ['entry', 'accession', 'inclusion', 'admission', 'joining'] },
  { type: 'AGREE', mode: 'sign', cameo: '057', pos: 'noun', target: 'with', needsAgreement: true, phrases: ['signing'] },
  { type: 'AGREE', mode: 'establish_relations', cameo: '054', pos: 'noun', target: 'with between', mutual: true,
    phrases: ['normalization|normalisation', 'establishment * relation|tie'] },
  { type: 'CONSULT', mode: 'visit', cameo: '042', pos: 'noun', target: 'to', needsActorObject: true, phrases: ['visit', 'trip'] },
  { type: 'CONSULT', mode: 'meet', cameo: '040', pos: 'noun', target: 'with between', mutual: true, source: 'by of',
    phrases: ['meeting', 'talk', 'summit', 'gathering', 'negotiation', 'consultation', 'phone call', 'telephone call', 'debate'] },
  { type: 'CONSULT', mode: 'message', cameo: '040', pos: 'noun', target: 'to', source: 'by from', phrases: ['message'] },
  { type: 'THREATEN', mode: null, cameo: '130', pos: 'noun', target: 'against to', source: 'by from', phrases: ['threat', 'ultimatum', 'warning'] },
  { type: 'ACCUSE', mode: 'disapprove', cameo: '111', pos: 'noun', target: 'against of on to', source: 'by from', phrases: ['criticism', 'condemnation', 'complaint', 'rebuke'] },
  { type: 'ACCUSE', mode: 'allege', cameo: '112', pos: 'noun', target: 'against', source: 'by from', phrases: ['evidence', 'proof'] },
  { type: 'ACCUSE', mode: 'allege', cameo: '112', pos: 'noun', target: 'against of', source: 'by from', phrases: ['accusation', 'allegation', 'charge'] },
  // "(Japan replied that) the E.C. charges were unfounded": the speaker rejects the accusation of the actor it names
  { type: 'REJECT', mode: 'deny', cameo: '120', pos: 'noun', target: 'possessor', source: 'speaker',
    phrases: ['accusation|allegation|charge|claim * unfounded|baseless|groundless|false|untrue|fabricated|absurd|ridiculous'] },
  { type: 'ACCUSE', mode: 'investigate', cameo: '090', pos: 'noun', target: 'into of against', phrases: ['investigation', 'probe', 'inquiry'] },
  { type: 'REQUEST', mode: 'appeal', cameo: '020', pos: 'noun', target: 'to for', source: 'by from of', phrases: ['request', 'appeal', 'plea'] },
  { type: 'REQUEST', mode: 'demand', cameo: '100', pos: 'noun', target: 'on for', source: 'by from of', phrases: ['demand'] },
  { type: 'CONCEDE', mode: 'reform', cameo: '083', pos: 'noun', target: 'to', phrases: ['concession'] },
  { type: 'RETREAT', mode: 'withdraw', cameo: '0874', pos: 'noun', target: 'from', phrases: ['withdrawal', 'pullout', 'pull-out'] },
  { type: 'SANCTION', mode: 'halt', cameo: '164', pos: 'noun', target: 'with to for',
    phrases: ['suspension * link|tie|relation|aid|talk|flight|trade|cooperation|assistance|contact', 'severance * tie|relation'] },
  { type: 'SANCTION', mode: 'embargo', cameo: '163', pos: 'noun', target: 'on against', phrases: ['sanction', 'embargo'] },
  { type: 'PROTEST', mode: 'demo', cameo: '141', pos: 'noun', target: 'against', source: 'by from', phrases: ['protest', 'demonstration', 'rally'] },
  { type: 'COERCE', mode: 'detain', cameo: '173', pos: 'noun', target: 'of', phrases: ['arrest', 'detention'] },
  { type: 'ASSAULT', mode: 'aerial', cameo: '195', pos: 'noun', target: 'on against in', phrases: ['air strike', 'airstrike', 'air raid', 'bombing'] },
  { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', pos: 'noun', target: 'on against in of', phrases: ['shelling', 'artillery fire', 'rocket fire'] },
  { type: 'ASSAULT', mode: 'occupy', cameo: '192', pos: 'noun', target: 'of', phrases: ['invasion', 'occupation'] },
  { type: 'ASSAULT', mode: null, cameo: '190', pos: 'noun', target: 'on against in', phrases: ['attack', 'raid', 'offensive', 'assault', 'clash'] },
];
