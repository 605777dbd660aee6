import { readFileSync } from 'node:fs';

/**
 * Curated reference records (data/reference/*.json), read when the language pack is loaded.
 * Each record cites its source; the shapes below are what the entity finder reads of them.
 */
export interface PersonRole {
  readonly role: string;
  readonly start: string | null;
  readonly end: string | null;
  /** The state (ISO3) or body (EU, UN, NATO) of this office when it differs from the person's. */
  readonly state?: string;
}

/**
 * @example { id: 'person:marco-rubio', name: 'Marco Rubio', state: 'USA', gender: 'm',
 *            roles: [{ role: 'Secretary of State', start: '2025-01-21', end: null }], source: '…' }
 */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Surnames news uses alone ("Tokayev", "Tokaev"); default: the last word of the name. */
  readonly surnames?: readonly string[];
  /** A surname that is also a common word or name ("May", "Brown"): linked alone only after the full name. */
  readonly surnameNeedsContext?: boolean;
  readonly gender?: 'm' | 'f';
  /** ISO3 of the person's state; null for an official of an international body. */
  readonly state: string | null;
  /** For an official of an international body: its organization id ("org:un"). */
  readonly body?: string;
  readonly roles: readonly PersonRole[];
  readonly source: string;
}

/** @example { id: 'org:un', name: 'United Nations', aliases: ['UN'], state: null, subtype: 'igo', memberBody: true } */
export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly state: string | null;
  readonly subtype: string;
  readonly memberBody?: boolean;
  readonly source: string;
}

/** @example { id: 'agreement:abraham-accords', name: 'Abraham Accords', aliases: ['Abraham Accord'] } */
export interface AgreementRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly signed?: string;
  readonly source: string;
}

export interface ReferenceData {
  readonly people: readonly PersonRecord[];
  readonly organizations: readonly OrganizationRecord[];
  readonly agreements: readonly AgreementRecord[];
}

// src/lang/en/entities and dist/lang/en/entities are both four levels below the repository root.
const REFERENCE_DIR = new URL('../../../../data/reference/', import.meta.url);

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, REFERENCE_DIR), 'utf8')) as T;
}

export function loadReferenceData(): ReferenceData {
  return {
    people: readJson<{ people: PersonRecord[] }>('people.json').people,
    organizations: readJson<{ organizations: OrganizationRecord[] }>('organizations.json').organizations,
    agreements: readJson<{ agreements: AgreementRecord[] }>('agreements.json').agreements,
  };
}
