import type { AgreementOut } from '../services/queries/agreements.js';
import type { ClaimOut } from '../services/queries/claims.js';
import type { EntityOut } from '../services/queries/entity.js';
import type { EntitySummary } from '../services/queries/entity-list.js';
import type { MemberOut } from '../services/queries/members.js';
import type { PredictionOut } from '../services/queries/predictions.js';
import type { TimelineEntry } from '../services/queries/timeline.js';
import type { DocumentExtraction } from '../services/documents/extraction.js';
import type { DocumentSummary } from '../services/documents/list.js';
import type { SearchResult } from '../services/documents/search.js';

export type { AgreementOut, ClaimOut, DocumentExtraction, DocumentSummary, EntityOut, EntitySummary, MemberOut, PredictionOut, SearchResult, TimelineEntry };

/** An error the API answered with; `message` is its JSON `error`. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** GETs a JSON resource of the API; a query value that is null or undefined is left out. */
export async function get<T>(path: string, query: Record<string, string | number | null | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const res = await fetch(`/api/v1${path}${q.size ? `?${q}` : ''}`, { signal, headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null) as (T & { error?: string }) | null;
  if (!res.ok || body === null) throw new ApiError(res.status, body?.error ?? `request failed (${res.status})`);
  return body;
}

export const seg = encodeURIComponent;

export interface Members { agreement: string; asOf: string; members: MemberOut[] }
export interface Timeline { entity: string; asOf: string; total: number; events: TimelineEntry[] }
export interface TrackRecord { predictor: string; name: string; fulfilled: number; failed: number; pending: number }
