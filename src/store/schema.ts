/**
 * The database schema as Kysely sees it: one interface per table. Dialect-neutral column types only
 * (text, integer); no JSON columns, no autoincrement: ids are built from what they identify.
 *
 * @example const db: Kysely<DB> = await openDatabase(':memory:');
 */
export interface DB {
  meta: MetaTable;
  documents: DocumentsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  times: TimesTable;
  quotes: QuotesTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  event_attributions: EventAttributionsTable;
  claims: ClaimsTable;
  claim_reports: ClaimReportsTable;
  predictions: PredictionsTable;
  membership_facts: MembershipFactsTable;
  reference_sources: ReferenceSourcesTable;
}

export interface MetaTable { key: string; value: string }

/** A stored document: once per distinct text (content_hash is unique). */
export interface DocumentsTable {
  id: string;
  content_hash: string;
  date: string;
  title: string | null;
  origin: string;
  url: string | null;
  format: string;
  text: string;
  ingested_at: string;
}

/** origin: `reference` (curated data) or `news` (first seen in a document). */
export interface EntitiesTable {
  id: string;
  kind: string;
  name: string;
  state: string | null;
  role: string | null;
  origin: string;
}

export interface MentionsTable {
  doc_id: string;
  entity_id: string;
  span_start: number;
  span_end: number;
  text: string;
}

export interface TimesTable {
  doc_id: string;
  idx: number;
  span_start: number;
  span_end: number;
  text: string;
  type: string;
  value: string | null;
}

export interface QuotesTable {
  doc_id: string;
  idx: number;
  span_start: number;
  span_end: number;
  text: string;
  speaker: string | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
}

/**
 * An extracted event. `date` is its effective date (the day it happened or was reported to be
 * expected); `predicted` is 1 when a prediction in the same document forecasts it.
 */
export interface EventsTable {
  id: string;
  doc_id: string;
  idx: number;
  type: string;
  mode: string | null;
  agreement: string | null;
  status: string;
  time_value: string | null;
  time_text: string | null;
  date: string;
  predicted: number;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  cameo: string | null;
  /** The reporting frame the event was told in (migration 003); null when none. */
  report_cue: string | null;
  report_cue_text: string | null;
  report_speaker: string | null;
}

/** role: `source` or `target`; state: the ISO3 the participant belongs to. */
export interface EventParticipantsTable {
  event_id: string;
  role: string;
  position: number;
  entity: string;
  state: string | null;
}

export interface EventAttributionsTable {
  event_id: string;
  position: number;
  entity: string | null;
  text: string;
}

/** A normalized proposition many documents report on: `subject predicate object`. */
export interface ClaimsTable {
  id: string;
  subject: string;
  predicate: string;
  object: string | null;
  summary: string;
}

/** One document's report of a claim: the event it came from and the status it gave. */
export interface ClaimReportsTable {
  id: string;
  claim_id: string;
  event_id: string;
  doc_id: string;
  doc_date: string;
  event_date: string;
  status: string;
}

export interface PredictionsTable {
  id: string;
  doc_id: string;
  idx: number;
  event_id: string;
  claim_id: string;
  predictor: string;
  made_on: string | null;
  deadline: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
}

/** A curated membership step (reference data), citing its source. */
export interface MembershipFactsTable {
  id: string;
  agreement: string;
  state: string;
  stage: string;
  date: string;
  source_url: string;
  note: string | null;
}

export interface ReferenceSourcesTable {
  url: string;
  title: string | null;
  published: string | null;
  publisher: string | null;
}
