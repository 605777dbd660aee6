import type { Entity, MentionVia } from '../../core/analysis.js';
import type { PersonRecord, StateSuccession } from '../../lang/en/entities/index.js';
import type { CatalogEntry } from './gazetteer.js';

/**
 * What the document tells about a person beyond the catalog: role, state, gender, name parts.
 *
 * @example { id: 'person:kelly-craft', name: 'Kelly Craft', role: 'Ambassador to the United Nations',
 *            roleFromText: true, state: 'USA', gender: 'f', record: null }
 */
export interface PersonInfo {
  readonly id: string;
  name: string;
  role: string | null;
  /** Whether the role was read from a title in this document (it then wins over the catalog's). */
  roleFromText: boolean;
  state: string | null;
  gender: 'm' | 'f' | null;
  readonly record: PersonRecord | null;
}

/**
 * The entities one document names, built while it is read: known entities come from the catalog,
 * new ones (a person with a title, an agreement known by its shape) are defined here.
 */
export class DocEntities {
  private readonly defined = new Map<string, Entity & { subtype?: string }>();
  readonly people = new Map<string, PersonInfo>();
  /** Surname or full name as written → person id, for later mentions in the same document. */
  readonly personKeys = new Map<string, string>();
  /** First names of people in the document: "Chad" is then not the state. */
  readonly firstNames = new Set<string>();

  constructor(private readonly catalog: ReadonlyMap<string, CatalogEntry>, readonly documentDate: string,
    private readonly successions: ReadonlyMap<string, StateSuccession> = new Map()) {}

  /**
   * The state a state's name meant on the document's date: "Juba" before South Sudan's
   * independence is a city of Sudan. Names of the state itself keep it unless its record says all.
   */
  stateOn(code: string, via: MentionVia): string {
    const x = this.successions.get(code);
    if (!x || this.documentDate >= x.start) return code;
    return x.scope === 'all' || via === 'place' || via === 'metonym' ? x.predecessor : code;
  }

  known(id: string): CatalogEntry | undefined {
    return this.catalog.get(id);
  }

  /** Registers an entity the catalog does not know (or a document-specific view of one it does). */
  define(e: Entity & { subtype?: string }): void {
    if (!this.defined.has(e.id)) this.defined.set(e.id, e);
  }

  has(id: string): boolean {
    return this.people.has(id) || this.defined.has(id) || this.catalog.has(id);
  }

  kindOf(id: string): Entity['kind'] | null {
    if (this.people.has(id)) return 'person';
    return this.defined.get(id)?.kind ?? this.catalog.get(id)?.kind ?? null;
  }

  stateOf(id: string): string | null {
    const p = this.people.get(id);
    if (p) return p.state;
    return this.defined.get(id)?.state ?? this.catalog.get(id)?.state ?? null;
  }

  /** The entity as the analysis gives it. */
  entity(id: string): (Entity & { subtype?: string }) | null {
    const p = this.people.get(id);
    if (p) return { id, kind: 'person', name: p.name, state: p.state, role: p.role };
    const d = this.defined.get(id);
    if (d) return d;
    const c = this.catalog.get(id);
    if (!c) return null;
    return {
      id, kind: c.kind, name: c.name, state: c.state, role: null,
      ...(c.members ? { members: c.members } : {}), ...(c.subtype ? { subtype: c.subtype } : {}),
    };
  }
}
