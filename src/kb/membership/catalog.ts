/**
 * What an agreement is, as data: its names, and — for a framework that news often reports without
 * naming it — the acts that count as joining it.
 *
 * @example
 * { id: 'agreement:abraham-accords', name: 'Abraham Accords', aliases: ['Abraham Accord'],
 *   scope: { description: 'normalization of relations with Israel, brokered by the US',
 *            counterpart: 'ISR', brokers: ['USA'], maxNewParties: 2 } }
 */
export interface AgreementDef {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly scope: AgreementScope | null;
  /**
   * Bodies the agreement founded: joining one is acceding to the agreement ("Finland joined NATO"
   * is Finland's accession to the North Atlantic Treaty), and `members NATO` lists the treaty's.
   */
  readonly bodies?: readonly AgreementBody[];
  readonly sources: readonly string[];
}

/** A body an agreement founded: its entity id and the names a user may ask for it by. */
export interface AgreementBody {
  readonly id: string;
  readonly names: readonly string[];
}

/**
 * An act counts toward the agreement without naming it when it is a normalization (or signing)
 * between the counterpart and at most `maxNewParties` other states, reported as a fact, in a
 * document that names a broker, on or after the agreement's first report. Brokers are never
 * members through news.
 */
export interface AgreementScope {
  readonly description: string;
  readonly counterpart: string;
  readonly brokers: readonly string[];
  readonly maxNewParties: number;
}

export interface AgreementCatalog {
  readonly agreements: readonly AgreementDef[];
  /**
   * Reporting cues (lemmas) that make a joining told in them an announcement: "Trump announced
   * that Kazakhstan will join" is the joining's announced step, though the joining lies ahead.
   */
  readonly announcementCues: readonly string[];
}

/** Parses the catalog file's JSON (data/reference/memberships/agreements.json). */
export function parseCatalog(json: unknown): AgreementCatalog {
  const list = (json as { agreements?: unknown }).agreements;
  if (!Array.isArray(list)) throw new Error('agreement catalog: "agreements" must be a list');
  const cues = (json as { announcementCues?: unknown }).announcementCues;
  return {
    announcementCues: Array.isArray(cues) ? cues.map(String) : [],
    agreements: list.map((a: Record<string, any>) => {
      if (typeof a.id !== 'string' || !a.id.startsWith('agreement:') || typeof a.name !== 'string') {
        throw new Error(`agreement catalog: bad record ${JSON.stringify(a).slice(0, 80)}`);
      }
      const s = a.scope;
      return Object.freeze({
        id: a.id, name: a.name, aliases: [...(a.aliases ?? [])], sources: [...(a.sources ?? [])],
        bodies: Object.freeze((Array.isArray(a.bodies) ? a.bodies : []).map(parseBody)),
        scope: s ? Object.freeze({
          description: String(s.description ?? ''), counterpart: String(s.counterpart),
          brokers: [...(s.brokers ?? [])], maxNewParties: Number(s.maxNewParties ?? 2),
        }) : null,
      });
    }),
  };
}

function parseBody(b: Record<string, any>): AgreementBody {
  if (typeof b?.id !== 'string' || !b.id.startsWith('org:')) throw new Error(`agreement catalog: bad body ${JSON.stringify(b).slice(0, 80)}`);
  return Object.freeze({ id: b.id, names: [...(b.names ?? [])].map(String) });
}

export const EMPTY_CATALOG: AgreementCatalog = { agreements: [], announcementCues: [] };

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** The catalog entry a name, alias or id stands for, if any. */
export function findAgreement(catalog: AgreementCatalog, ref: string): AgreementDef | null {
  const key = fold(ref);
  return catalog.agreements.find((a) => a.id === ref || fold(a.name) === key || a.aliases.some((x) => fold(x) === key)) ?? null;
}

/** The catalog agreement that founded the body a name, alias or id stands for ("NATO" → the North Atlantic Treaty). */
export function findAgreementOfBody(catalog: AgreementCatalog, ref: string): AgreementDef | null {
  const key = fold(ref);
  return catalog.agreements.find((a) => a.bodies?.some((b) => b.id === ref || b.names.some((x) => fold(x) === key))) ?? null;
}

/** A slug id for an agreement the catalog does not know ("Board of Peace" → "agreement:board-of-peace"). */
export function agreementIdOf(ref: string): string {
  if (ref.startsWith('agreement:')) return ref;
  return `agreement:${fold(ref).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
