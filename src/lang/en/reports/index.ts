/**
 * English knowledge for the reports stage (patterns, lexicons, gazetteers), loaded once by loadEnglish().
 * Owned by the reports stage; extend the interface as the stage needs.
 */

export interface ReportKnowledge {}

export function loadReportKnowledge(): ReportKnowledge {
  return {};
}
