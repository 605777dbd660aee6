import type { TriggerGroup } from './trigger-spec.js';

/**
 * Words that judge an actor in someone's statement: the judgement is the speaker's own act on the
 * actor they describe ("Donald Trump's ignorant view of Islam …," Khan said: ACCUSE by Khan's
 * state on the United States; "Their stance is courageous," he said: SUPPORT). Read only inside
 * a statement with a named speaker, and only when a possessor or the subject of "be" names the
 * actor judged. Sources: PLOVER 2021 (ACCUSE: criticize, SUPPORT: praise), CAMEO 111 and 051.
 */
export const EVALUATIONS: readonly TriggerGroup[] = [
  { type: 'ACCUSE', mode: 'disapprove', cameo: '111', pos: 'noun', target: 'possessor', source: 'speaker',
    phrases: ['ignorant', 'divisive', 'irresponsible', 'reckless', 'unacceptable', 'outrageous', 'shameful', 'disgraceful',
      'hypocritical', 'rude', 'nasty', 'racist', 'offensive', 'provocative', 'deplorable', 'stupid', 'insulting', 'hostile'] },
  { type: 'SUPPORT', mode: 'praise', cameo: '051', pos: 'noun', target: 'possessor', source: 'speaker',
    phrases: ['courageous', 'commendable', 'admirable', 'visionary', 'statesmanlike'] },
];
