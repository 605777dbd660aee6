import type { Span } from './arguments.js';
import type { TriggerMatch } from './trigger-index.js';
import type { TriggerScope } from './trigger-scope.js';

/** Words that name an agreement or a body (a set, not a regular expression: it is asked of token after token). */
const AGREEMENT_WORDS = new Set(['accord', 'accords', 'agreement', 'agreements', 'deal', 'treaty', 'pact', 'declaration', 'alliance',
  'bloc', 'union', 'coalition', 'organisation', 'organization', 'initiative', 'framework', 'convention', 'charter', 'club', 'group',
  'partnership', 'community']);

/** A word that names an agreement or a body ("accord", "treaty", "alliance"). */
export function isAgreementWord(lower: string): boolean {
  return AGREEMENT_WORDS.has(lower);
}
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Words that make an agreement another one than the one under discussion ("a new deal", "bilateral agreements"). */
const ANOTHER = new Set(['a', 'an', 'another', 'new', 'bilateral', 'separate', 'other', 'further', 'more', 'several', 'similar']);

/** "The agreement … formally established relations": an agreement standing as the subject. */
export function subjectAgreement(sc: TriggerScope, end: number): string | null {
  const span = { start: sc.sentence.tokenStart, end };
  const named = sc.actors.agreementsWithin(span);
  if (named.length) return named[named.length - 1]!.entityId;
  for (let i = span.start; i < end && i < span.start + 3; i++) if (AGREEMENT_WORDS.has(sc.tokens[i]!.lower)) return sc.memory.lastAgreement();
  return null;
}

export function agreementIn(sc: TriggerScope, comps: Map<string, Span>, m: TriggerMatch): string | null {
  for (const span of comps.values()) {
    const found = sc.actors.agreementsWithin(span);
    if (found.length) return found[0]!.entityId;
  }
  const within = sc.actors.agreementsWithin({ start: m.head, end: m.last + 1 });
  if (within.length) return within[0]!.entityId;
  if (hasAgreementWord(sc, comps, true) || namesAgreement(sc, m)) return sc.memory.lastAgreement();
  // "Kazakhstan’s accession would …": an accession with nothing after it is to the agreement under discussion
  if (m.trigger.group.pos === 'noun' && m.trigger.group.needsAgreement && !comps.has('into') && !comps.has('to')) return sc.memory.lastAgreement();
  // "(Trump predicted) that Saudi Arabia would join before the end of the year": joining with no
  // object is joining the agreement under discussion
  if (m.trigger.group.pos === 'verb' && m.trigger.group.mode === 'join' && m.last === m.head && !comps.has('to') && nothingJoined(sc, m.head + 1)) {
    return sc.memory.lastAgreement();
  }
  return null;
}

/** Nothing follows the verb but an end, a time or an adverb ("would join.", "join soon", "join next year, …"). */
function nothingJoined(sc: TriggerScope, next: number): boolean {
  const t = sc.tokens[next];
  if (!t || next >= sc.sentence.tokenEnd || t.kind === 'punct') return true;
  if (/^(?:before|by|in|within|after|on|until|at|during)$/.test(t.lower)) return timeAfter(sc, next);
  return sc.inTime(next) || /^(?:\w+ly|soon|later|too|and|but|or)$/.test(t.lower);
}

/** Nouns after a body's name that make the phrase its members, not the body ("NATO allies"). */
const COMPANIONS = new Set(['allies', 'members', 'partners', 'countries', 'states', 'nations', 'leaders', 'officials', 'ministers',
  'troops', 'forces', 'counterparts', 'colleagues', 'diplomats', 'governments', 'neighbors', 'neighbours']);

/**
 * The body itself is what is joined: not "NATO allies", and not "joined the EU in condemning the
 * attack" / "in the talks" — joining a body in an activity; "joined NATO in 1999" is a joining.
 */
function bodyItself(sc: TriggerScope, nameEnd: number, span: Span): boolean {
  if (COMPANIONS.has(sc.tokens[nameEnd]?.lower ?? '')) return false;
  const after = sc.tokens[nameEnd]?.lower === 'in' ? nameEnd : span.end;
  if (sc.tokens[after]?.lower !== 'in' || after >= sc.sentence.tokenEnd) return true;
  return timeAfter(sc, after);
}

/** A time expression starts right after the preposition at token k, or one word later ("in 1999", "before the end"). */
function timeAfter(sc: TriggerScope, k: number): boolean {
  return sc.inTime(k + 1) || sc.inTime(k + 2);
}

/**
 * The object names an agreement or a body to join. With `definite`, a bare word must point back
 * ("the deal", "the accords"): "a deal", "bilateral agreements" are new ones, not the one under discussion.
 */
export function hasAgreementWord(sc: TriggerScope, comps: Map<string, Span>, definite = false): boolean {
  for (const [key, span] of comps) {
    if (key !== 'obj' && key !== 'to' && key !== 'into' && key !== 'with') continue;
    const bodies = sc.actors.within(span).filter((x) => { const e = sc.actors.entity(x.entityId); return e?.kind === 'group' || e?.kind === 'organization' && e.subtype === 'igo'; });
    if (bodies.some((x) => !bodyItself(sc, x.tokenEnd, span))) continue;
    for (let i = span.start; i < span.end && i < span.start + 6; i++) {
      if (!AGREEMENT_WORDS.has(sc.tokens[i]!.lower)) continue;
      if (!definite || pointsBack(sc, span.start, i)) return true;
      break;
    }
    if (bodies.length) return true;
  }
  return false;
}

/** "the deal", "its accession treaty": a definite phrase, with no word that makes it another agreement. */
function pointsBack(sc: TriggerScope, from: number, head: number): boolean {
  let definite = false;
  for (let i = from; i < head; i++) {
    const w = sc.tokens[i]!.lower;
    if (DEFINITE.has(w)) definite = true;
    else if (ANOTHER.has(w)) return false;
  }
  return definite;
}

function namesAgreement(sc: TriggerScope, m: TriggerMatch): boolean {
  for (let i = m.head + 1; i <= m.last; i++) if (AGREEMENT_WORDS.has(sc.tokens[i]!.lower)) return true;
  return false;
}
