/**
 * English knowledge for the times stage (patterns, lexicons, gazetteers), loaded once by loadEnglish().
 * Owned by the times stage; extend the interface as the stage needs.
 */

export interface TimeKnowledge {}

export function loadTimeKnowledge(): TimeKnowledge {
  return {};
}
