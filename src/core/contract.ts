/**
 * The JSON shapes of `accords extract --json` (../shared/spec/CONTRACT.md §1).
 * These are a stable contract: add optional fields, never rename or remove.
 */

export type EntityKind = 'state' | 'person' | 'organization' | 'agreement' | 'group';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const EVENT_STATUSES = ['occurred', 'ongoing', 'expected', 'possible', 'denied'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface SpanOut { start: number; end: number; text: string }

export interface DocOut { id: string; date: string; title: string | null }

export interface EntityOut {
  id: string;
  kind: EntityKind;
  name: string;
  state: string | null;
  role: string | null;
  mentions: SpanOut[];
  /** Additive: what kind of organization ("media", "igo", "government", …) when known. */
  subtype?: string;
  /** Additive: for a group, the ISO3 codes of its members when well defined. */
  members?: string[];
}

export interface TimeOut {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string | null;
}

export interface QuoteOut {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
}

export interface ParticipantOut { entity: string; state: string | null }
export interface AttributionOut { entity: string | null; text: string }

export interface EventOut {
  type: PloverType;
  mode: string | null;
  source: ParticipantOut[];
  target: ParticipantOut[];
  agreement: string | null;
  time: { value: string; text: string } | null;
  status: EventStatus;
  attribution: AttributionOut[];
  evidence: SpanOut;
  cameo: string | null;
}

export interface PredictionOut {
  predictor: string;
  madeOn: string | null;
  deadline: string | null;
  event: number;
  evidence: SpanOut;
}

export interface ExtractionOut {
  doc: DocOut;
  entities: EntityOut[];
  times: TimeOut[];
  quotes: QuoteOut[];
  events: EventOut[];
  predictions: PredictionOut[];
}

/** A `--jsonl` output line for a document that could not be processed. */
export interface ExtractionErrorOut { id: string | null; error: string }
