import type { EventStatus } from '../../core/contract.js';
import type { EventFrame } from '../claims/event-frames.js';
import type { Action, Stage } from '../vocabulary.js';

/**
 * A stored event as membership derivation reads it.
 *
 * @example { eventId: 'doc#e0', docId: 'doc', docDate: '2020-09-11', date: '2020-09-11', status: 'occurred',
 *   type: 'AGREE', mode: 'establish_relations', agreement: null, predicted: false, span: { start: 0, end: 80 },
 *   parties: [{ role: 'source', entity: 'BHR', state: 'BHR' }, { role: 'target', entity: 'ISR', state: 'ISR' }] }
 */
export interface EventEvidence {
  readonly eventId: string;
  readonly docId: string;
  readonly docDate: string;
  /** Effective date (see `effectiveDate`). */
  readonly date: string;
  readonly status: EventStatus;
  readonly type: string;
  readonly mode: string | null;
  readonly agreement: string | null;
  /** Forecast by a prediction: tracked as a prediction, not as a membership step. */
  readonly predicted: boolean;
  readonly span: { readonly start: number; readonly end: number };
  readonly parties: readonly { readonly role: 'source' | 'target'; readonly entity: string; readonly state: string | null }[];
  /** The event's TIMEX3 value, when the text anchors it. */
  readonly timeValue?: string | null;
  /** The reporting frame the event was told in, when known. */
  readonly frame?: EventFrame | null;
  /**
   * Day values (YYYY-MM-DD) of the dates its sentence names, when read: "Trump announced on
   * Thursday that Kazakhstan will join" dates the announcement, not the joining.
   */
  readonly sentenceDays?: readonly string[];
}

/** A curated membership step from reference data. */
export interface MembershipFact {
  readonly agreement: string;
  readonly state: string;
  readonly stage: Stage;
  readonly date: string;
  /** The cited source (a URL). */
  readonly source: string;
}

/** One event's report that a state took (or will take) a lifecycle action on an agreement. */
export interface MembershipReport {
  readonly state: string;
  readonly action: Action;
  readonly status: EventStatus;
  readonly date: string;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  /** Matched through the agreement's scope rather than named in the event. */
  readonly implicit: boolean;
}

/** Where a membership answer comes from: a document span, or a reference source (no span). */
export interface SourceRef {
  readonly doc: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly date: string;
}
