import type { DB } from './schema.js';

/**
 * The columns of every table a stored document writes, in the order its rows hold their values.
 * Rows travel and are inserted as arrays in this order (an extraction process builds them, the
 * writer binds them): no object per row to build, parse or read a key at a time.
 *
 * @example ROW_COLUMNS.mentions // ['doc_id', 'entity_id', 'span_start', 'span_end', 'text']
 */
export const ROW_COLUMNS = {
  documents: ['id', 'content_hash', 'date', 'title', 'origin', 'url', 'format', 'text', 'ingested_at'],
  entities: ['id', 'kind', 'name', 'state', 'role', 'origin'],
  mentions: ['doc_id', 'entity_id', 'span_start', 'span_end', 'text'],
  times: ['doc_id', 'idx', 'span_start', 'span_end', 'text', 'type', 'value'],
  quotes: ['doc_id', 'idx', 'span_start', 'span_end', 'text', 'speaker', 'speaker_text', 'speaker_start', 'speaker_end'],
  events: ['id', 'doc_id', 'idx', 'type', 'mode', 'agreement', 'status', 'time_value', 'time_text', 'date', 'predicted',
    'evidence_start', 'evidence_end', 'evidence_text', 'cameo', 'report_cue', 'report_cue_text', 'report_speaker'],
  event_participants: ['event_id', 'role', 'position', 'entity', 'state'],
  event_attributions: ['event_id', 'position', 'entity', 'text'],
  claims: ['id', 'subject', 'predicate', 'object', 'summary'],
  claim_reports: ['id', 'claim_id', 'event_id', 'doc_id', 'doc_date', 'event_date', 'status'],
  predictions: ['id', 'doc_id', 'idx', 'event_id', 'claim_id', 'predictor', 'made_on', 'deadline', 'evidence_start',
    'evidence_end', 'evidence_text'],
} as const satisfies { readonly [T in keyof DB]?: readonly (keyof DB[T] & string)[] };

/** A table a stored document writes rows to. */
export type RowTable = keyof typeof ROW_COLUMNS;

/** One row of `T`: its values in ROW_COLUMNS order, each typed as its column. */
export type Row<T extends RowTable> = ValuesOf<DB[T], (typeof ROW_COLUMNS)[T]>;

/** The types of `R`'s fields named by `C`, as a tuple in `C`'s order. */
type ValuesOf<R, C extends readonly string[]> = { -readonly [I in keyof C]: C[I] extends keyof R ? R[C[I]] : never };

// Every column of each table is in its list: a column added to the schema and not here fails to compile.
type Missing<T extends RowTable> = Exclude<keyof DB[T], (typeof ROW_COLUMNS)[T][number]>;
type Assert<T extends true> = T;
export type RowColumnsComplete = Assert<{ [T in RowTable]: Missing<T> } extends { [T in RowTable]: never } ? true : false>;
