import type { Token } from '../../core/analysis.js';
import type { EventStatus } from '../../core/contract.js';
import type { ClauseWords } from '../../lang/en/events/clause-words.js';
import type { StatusCues } from '../../lang/en/events/status-cues.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';

/** A word that governs the event verb through "to" ("poised to", "refused to"). */
export interface Controller {
  readonly index: number;
  readonly lemma: string;
  readonly status: EventStatus;
}

/**
 * The verb group in front of an event verb, read right to left: adverbs, negation, modals,
 * auxiliaries and "to"-chains of controlling words.
 *
 * @example readVerbGroup(tokens, 0, 5, …)  // "Kazakhstan is poised to join": { start: 1, controllers: [poised] }
 */
export interface VerbGroup {
  /** First token of the group: the subject lies before it. */
  readonly start: number;
  readonly head: number;
  readonly negated: boolean;
  /** The leftmost modal or future auxiliary ("will", "would", "could"). */
  readonly modal: string | null;
  /** Controlling words, leftmost first. */
  readonly controllers: readonly Controller[];
  /** A noun that governs the verb through "to" ("a plan to join"), with its status. */
  readonly nounController: { readonly index: number; readonly status: EventStatus } | null;
  readonly passive: boolean;
  readonly perfect: boolean;
  readonly progressive: boolean;
  /** The finite auxiliary is in the past ("was", "had", "did"). */
  readonly past: boolean;
  /** "urged X to …", "wants Putin to …": the verb is the content of someone else's request or wish. */
  readonly objectControl: boolean;
  /** The verb is a "to"-infinitive that no controlling word governs ("a contract to supply", "met to discuss"). */
  readonly bareInfinitive: boolean;
  /** "of supporting", "for proposing": a gerund after a preposition, not an event of its own. */
  readonly prepGerund: boolean;
  readonly form: 'past' | 'participle' | 'gerund' | 'present' | 'base';
}

const TIME_WORDS = /^(?:on|today|yesterday|tomorrow|last|this|next|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)$/;

/** Looks a word up by itself and by its likely lemmas ("refused" → "refuse", "plans" → "plan"). */
export function lookup<V>(map: ReadonlyMap<string, V>, word: string, verbs: VerbLexicon): { key: string; value: V } | null {
  for (const key of [word, verbs.lemma(word), word.replace(/d$/, ''), word.replace(/ed$/, ''), word.replace(/s$/, ''),
    word.replace(/ing$/, 'e'), word.replace(/ing$/, ''), word.replace(/ied$/, 'y'), word.replace(/ies$/, 'y')]) {
    const value = map.get(key);
    if (value !== undefined) return { key, value };
  }
  return null;
}

const INTRODUCERS = new Set([':', '-', '–', '—']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", 'got', 'became']);

export interface GroupLexicon {
  readonly cues: StatusCues;
  readonly words: ClauseWords;
  readonly verbs: VerbLexicon;
}

/** The surface form of an event verb, from its lexicon forms and its suffix. */
export function verbForm(lower: string, verbs: VerbLexicon): VerbGroup['form'] {
  if (lower.endsWith('ing')) return 'gerund';
  const forms = verbs.formsOf(lower);
  if (forms.includes('participle') && !forms.includes('past')) return 'participle';
  if (forms.includes('past') || forms.includes('past_or_participle') || lower.endsWith('ed')) return 'past';
  if (forms.includes('present3') || (lower.endsWith('s') && !lower.endsWith('ss'))) return 'present';
  return 'base';
}

export function readVerbGroup(tokens: readonly Token[], sentStart: number, head: number, lex: GroupLexicon): VerbGroup {
  const { cues, words, verbs } = lex;
  const form = verbForm(tokens[head]!.lower, verbs);
  let negated = false, modal: string | null = null, passive = false, perfect = false, progressive = false, past = false;
  let objectControl = false;
  let bareInfinitive = false;
  let nounController: VerbGroup['nounController'] = null;
  const controllers: Controller[] = [];
  let sawBeNext = false; // a "be" form directly governs the word to its right
  // "will co-operate", "agreed to re-open": a verb prefix joined by a hyphen belongs to the verb
  let k = tokens[head - 1]?.text === '-' && head - 2 >= sentStart && words.verbPrefixes.has(tokens[head - 2]!.lower) ? head - 3 : head - 1;
  const isAdverb = (t: Token) => words.adverbs.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && t.text[0] === t.lower[0]);
  const prepGerund = form === 'gerund' && k >= sentStart && words.prepositions.has(tokens[k]!.lower) && tokens[k]!.lower !== 'to';
  let nearest = true; // no auxiliary seen yet between here and the head
  while (k >= sentStart) {
    const t = tokens[k]!;
    const w = t.lower;
    if (negatedWord(w, cues)) { negated = true; k--; continue; }
    if (isAdverb(t)) { k--; continue; }
    if (floatsAfterAuxiliary(tokens, sentStart, k, lex)) { k--; continue; }
    if (cues.modals.has(w)) { modal = w; k--; nearest = false; continue; }
    if (words.auxiliaries.has(w)) {
      if (words.beForms.has(w) && nearest) {
        if (form === 'participle' || form === 'past') passive = true;
        if (form === 'gerund') progressive = true;
        sawBeNext = true;
      }
      if (words.haveForms.has(w) && (nearest || sawBeNext)) perfect = true;
      if (PAST_AUX.has(w)) past = true;
      nearest = false;
      k--;
      continue;
    }
    if (w === 'to' && k > sentStart) {
      // "agreed on Wednesday to cooperate": a time phrase may stand between the controller and "to"
      let c = k - 1;
      while (c > sentStart && TIME_WORDS.test(tokens[c]!.lower)) c--;
      const ctl = lookup(cues.controllers, tokens[c]!.lower, verbs);
      // "has a plan to join", "sees no need to sign": after a determiner the controller is a noun,
      // and "no" negates it
      const det = c > sentStart ? tokens[c - 1]!.lower : '';
      const asNoun = words.determiners.has(det) ? lookup(cues.nounControllers, tokens[c]!.lower, verbs)?.value ?? ctl?.value : undefined;
      if (asNoun) { nounController = { index: c, status: det === 'no' ? 'denied' : asNoun }; k = c; break; }
      if (ctl) {
        controllers.unshift({ index: c, lemma: ctl.key, status: ctl.value });
        k = c - 1; nearest = true; sawBeNext = false;
        continue;
      }
      const p = tokens[k - 1]!;
      const lem = verbs.lemma(p.lower);
      const rank = skipRank(tokens, sentStart, k - 1, cues);
      if (rank >= 0) { k = rank; nearest = true; continue; }
      const nounStatus = lookup(cues.nounControllers, p.lower, verbs)?.value ?? cues.nounControllers.get(lem);
      if (nounStatus) { nounController = { index: k - 1, status: nounStatus }; k -= 1; break; }
      // "a new strategy: to defend", "the plan - to join": the noun's content after a colon or dash
      const q = tokens[k - 2];
      const ahead = INTRODUCERS.has(p.text) && q && k - 2 >= sentStart ? lookup(cues.nounControllers, q.lower, verbs)?.value : undefined;
      if (ahead) { nounController = { index: k - 2, status: ahead }; k -= 2; break; }
      if (p.kind === 'word' && controllers.length === 0) {
        bareInfinitive = true;
        // "urged Israel to …", "wants Putin to …": a name or pronoun right before "to" is the doer of a wish
        if (p.text[0] !== p.lower[0] || words.pronouns.has(p.lower)) objectControl = true;
      }
      break;
    }
    break;
  }
  return {
    start: k + 1, head, negated, modal, controllers, nounController, passive, perfect, progressive, past,
    objectControl, bareInfinitive, prepGerund, form,
  };
}

/** "could both sign", "have all agreed": token k is a quantifier floating after a modal or auxiliary. */
export function floatsAfterAuxiliary(tokens: readonly Token[], sentStart: number, k: number, lex: GroupLexicon): boolean {
  if (k <= sentStart || !lex.words.floatingQuantifiers.has(tokens[k]!.lower)) return false;
  const before = tokens[k - 1]!.lower;
  return lex.cues.modals.has(before) || lex.words.auxiliaries.has(before);
}

function negatedWord(w: string, cues: StatusCues): boolean {
  return cues.negations.has(w) && w !== 'no' && w !== 'without' && w !== 'nor' && w !== 'neither';
}

/** "become the latest country to": returns the index of "become"/"be" or -1. */
function skipRank(tokens: readonly Token[], sentStart: number, nounAt: number, cues: StatusCues): number {
  if (!cues.rankNouns.has(tokens[nounAt]!.lower)) return -1;
  let j = nounAt - 1;
  let ranks = 0;
  while (j >= sentStart && cues.rankWords.has(tokens[j]!.lower)) { j--; ranks++; }
  if (ranks === 0 || j < sentStart) return -1;
  if (tokens[j]!.lower === 'the' || tokens[j]!.lower === 'a' || tokens[j]!.lower === 'an') j--;
  if (j < sentStart) return -1;
  const cop = tokens[j]!.lower;
  return /^(become|becomes|became|becoming|be|is|was|are|were|been)$/.test(cop) ? j : -1;
}
