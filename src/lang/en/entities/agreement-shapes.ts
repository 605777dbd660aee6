/**
 * How agreements not in data/reference/agreements.json are recognized from their shape:
 * "the X Accords", "the X Treaty", "the Treaty of X", "the Board of X".
 */

/** Capitalized heads that end an agreement name ("Abraham Accords", "Dayton Agreement"). */
export const AGREEMENT_HEADS: ReadonlySet<string> = new Set([
  'Accords', 'Accord', 'Treaty', 'Agreement', 'Agreements', 'Declaration', 'Pact', 'Initiative',
  'Protocol', 'Convention', 'Charter', 'Memorandum', 'Communique', 'Communiqué', 'Compact',
  'Framework', 'Roadmap', 'Understanding', 'Deal', 'Covenant', 'Armistice', 'Truce', 'Ceasefire',
]);

/**
 * Capitalized heads followed by "of X" ("Treaty of Rome"). Not "Board": a board of anything is a
 * body ("Board of Trade", "Board of Governors"); the Board of Peace is curated by name.
 */
export const AGREEMENT_OF_HEADS: ReadonlySet<string> = new Set([
  'Treaty', 'Declaration', 'Peace', 'Protocol', 'Convention', 'Charter', 'Accord', 'Accords',
  'Agreement', 'Covenant',
]);

/** Lower-case words that refer back to a named agreement ("the accords", "the deal"). */
export const AGREEMENT_ANAPHORS: ReadonlyMap<string, readonly string[]> = new Map([
  ['accords', ['accords', 'accord']], ['accord', ['accord', 'accords']], ['agreement', ['agreement', 'agreements', 'accord', 'accords', 'deal', 'pact']],
  ['agreements', ['agreements', 'agreement', 'accords']], ['treaty', ['treaty']], ['pact', ['pact', 'treaty', 'agreement']],
  ['deal', ['deal', 'agreement', 'accord', 'accords', 'pact']], ['initiative', ['initiative']],
  ['declaration', ['declaration']], ['framework', ['framework', 'accords']], ['protocol', ['protocol']],
]);
