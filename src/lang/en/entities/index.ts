/**
 * English knowledge for the entities stage (patterns, lexicons, gazetteers), loaded once by loadEnglish().
 * Owned by the entities stage; extend the interface as the stage needs.
 */

export interface EntityKnowledge {}

export function loadEntityKnowledge(): EntityKnowledge {
  return {};
}
