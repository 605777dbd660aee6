/**
 * English knowledge for the events stage (patterns, lexicons, gazetteers), loaded once by loadEnglish().
 * Owned by the events stage; extend the interface as the stage needs.
 */

export interface EventKnowledge {}

export function loadEventKnowledge(): EventKnowledge {
  return {};
}
