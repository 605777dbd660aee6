import type { SourceDocument } from '../../core/document.js';

/** A batch of documents sent to an extraction worker. */
export interface WorkRequest {
  readonly batch: number;
  readonly docs: readonly SourceDocument[];
}

/** One result per document of a batch, in order: the contract JSON, or an error line. */
export interface WorkResponse {
  readonly batch: number;
  readonly results: readonly ({ readonly json: string } | { readonly error: string })[];
}
