/**
 * English knowledge for the reports and quotes stages: reporting verbs (inflected), cue phrases,
 * source nouns and the function words that delimit a source's phrase. Loaded once by loadEnglish().
 */
import { DATELINE_WORDS, type DatelineWords } from '../dateline.js';
import { THIRD_PERSON_POSSESSIVES } from '../possessives.js';
import { createVerbLexicon } from '../verbs.js';
import { SOURCE_BEFORE_PHRASES, SPEECH_NOUNS, STATEMENT_NOUNS } from './cue-phrases.js';
import {
  CLAUSE_OPENERS, CUE_ADVERBS, DETERMINERS, MODIFIERS, NP_BREAKERS, NP_PREPOSITIONS, SPEAKER_PRONOUNS,
  TIME_ADJUNCT_WORDS, TIME_ENDS,
} from './np-words.js';
import {
  ADDRESSEE_VERBS, CLAUSE_ONLY_VERBS, CUE_PARTICLES, NOUN_LIKE_VERBS, PARTICLE_ONLY, QUOTE_ONLY_VERBS, REPORTING_VERBS,
  type ReportClass,
} from './reporting-verbs.js';
import { BODY_NOUNS, GOVERNMENT_NOUNS, PERSON_NOUNS } from './speaker-nouns.js';
import { HEADLINE_CREDIT, MENTION_VERBS, NAMING_MARKERS, TERM_MARKERS, TITLE_BEFORE, TITLE_ROLE_NOUNS, WORK_NOUNS } from './scare-quotes.js';

export type { ReportClass } from './reporting-verbs.js';

/** One inflected form of a reporting verb. */
export interface CueForm {
  readonly lemma: string;
  readonly cls: ReportClass;
  /** 'finite' (said, says), 'participle' (saying, adding), 'base' (say), 'passive' (told, asked). */
  readonly form: 'finite' | 'gerund' | 'base' | 'pastParticiple';
  /** An -s form that is more often a plural noun ("notes", "claims"): a cue only before a clause. */
  readonly nounLike?: boolean;
}

/**
 * @example
 * const k = loadReportKnowledge();
 * k.cueForms.get('said')  // { lemma: 'say', cls: 'say', form: 'finite' }
 */
export interface ReportKnowledge {
  readonly cueForms: ReadonlyMap<string, readonly CueForm[]>;
  /** The cue forms that read as a verb, not mostly a noun ("said", "told"; not "states", "notes"): looked up per token. */
  readonly cueVerbs: ReadonlySet<string>;
  readonly particles: ReadonlyMap<string, readonly string[]>;
  readonly particleOnly: ReadonlySet<string>;
  readonly addresseeVerbs: ReadonlySet<string>;
  /** Verbs that report only when a clause or quotation follows ("maintained that"). */
  readonly clauseOnlyVerbs: ReadonlySet<string>;
  /** Verbs of manner of speaking that report only beside a quotation (“…,” he barked). */
  readonly quoteOnlyVerbs: ReadonlySet<string>;
  readonly sourceBeforePhrases: readonly (readonly string[])[];
  readonly statementNouns: ReadonlySet<string>;
  /** Nouns naming what someone said ("pledge", "slogan"), singular and plural. */
  readonly speechNouns: ReadonlySet<string>;
  readonly personNouns: ReadonlySet<string>;
  readonly bodyNouns: ReadonlySet<string>;
  readonly governmentNouns: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Possessives that own a quotation ("his promise of “…”"): the third person's, not the speaker's own "my". */
  readonly ownerPossessives: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, 'singular' | 'plural' | 'self' | 'thing'>;
  readonly cueAdverbs: ReadonlySet<string>;
  readonly timeAdjunctWords: ReadonlySet<string>;
  /** Last words of an opening time adjunct ("Eight years ago,"). */
  readonly timeEnds: ReadonlySet<string>;
  readonly npPrepositions: ReadonlySet<string>;
  readonly npBreakers: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  /** Words before a quotation that make it a name nobody said ("so-called"). */
  readonly namingMarkers: ReadonlySet<string>;
  /** Words before a quotation that make it a term or title, someone's only with a speaker ("dubbed"). */
  readonly termMarkers: ReadonlySet<string>;
  /** Words before a title-cased quotation that make it a show's or a work's name ("told", "interview with"). */
  readonly titleBefore: ReadonlySet<string>;
  /** Works whose title follows after a comma ("his memoir, “…”"). */
  readonly workNouns: ReadonlySet<string>;
  /** Words after a title-cased quotation that make it a show's or a work's name (“…” star). */
  readonly titleRoleNouns: ReadonlySet<string>;
  /** Verbs after a short quotation that opens its sentence that make it a mention (“Top secret” is …). */
  readonly mentionVerbs: ReadonlySet<string>;
  /** What follows a digest's headline: its writer's credit ("," by Times' Ben Sisario). */
  readonly headlineCredit: RegExp;
  /** The words of a dateline ("NEW YORK (AP) —"): where the story was filed is neither a source nor what it said. */
  readonly dateline: DatelineWords;
}

const plural = (w: string): string[] => {
  if (/(?:s|sh|ch|x)$/.test(w)) return [w + 'es'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  if (w.endsWith('man')) return [w.slice(0, -3) + 'men'];
  if (w.endsWith('person')) return [w.slice(0, -6) + 'people'];
  return [w + 's'];
};
const withPlurals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, ...plural(w)]));

// A final consonant after one vowel doubles in stressed syllables the spelling rule cannot see
// (admitted, quipped, rebutted); the extra spelling is harmless where the verb does not double.
const DOUBLES = /(?:^|[^aeiou]|qu)[aeiou]([bdgklmnprtz])$/;

function buildCueForms(): Map<string, CueForm[]> {
  const verbs = createVerbLexicon();
  const out = new Map<string, CueForm[]>();
  const add = (word: string, f: CueForm) => {
    const list = out.get(word) ?? [];
    if (!list.some((x) => x.lemma === f.lemma && x.form === f.form)) list.push(f);
    out.set(word, list);
  };
  const addVerb = (lemma: string, cls: ReportClass, nounLike: boolean) => {
    const inf = verbs.inflect(lemma);
    const past = [...inf.past];
    const participle = [...inf.participle];
    const gerunds = [inf.gerund];
    const d = DOUBLES.exec(lemma)?.[1];
    if (d && inf.past[0] === lemma + 'ed') {
      past.push(lemma + d + 'ed');
      participle.push(lemma + d + 'ed');
      gerunds.push(lemma + d + 'ing');
    }
    if (!nounLike) add(inf.base, { lemma, cls, form: 'base' });
    add(inf.present3, nounLike ? { lemma, cls, form: 'finite', nounLike } : { lemma, cls, form: 'finite' });
    for (const w of past) add(w, { lemma, cls, form: 'finite' });
    for (const w of participle) add(w, { lemma, cls, form: 'pastParticiple' });
    for (const w of gerunds) add(w, { lemma, cls, form: 'gerund' });
  };
  const classed = new Set<string>();
  for (const cls of Object.keys(REPORTING_VERBS) as ReportClass[]) {
    for (const lemma of REPORTING_VERBS[cls]) {
      addVerb(lemma, cls, NOUN_LIKE_VERBS.has(lemma));
      classed.add(lemma);
    }
  }
  // their base forms are nouns as often as verbs ("a laugh", "the cheers"): no base form
  for (const lemma of QUOTE_ONLY_VERBS) if (!classed.has(lemma)) addVerb(lemma, 'say', true);
  return out;
}

/** Loads the reports knowledge (pure: builds maps from the data modules). */
export function loadReportKnowledge(): ReportKnowledge {
  const cueForms = buildCueForms();
  return {
    cueForms,
    cueVerbs: new Set([...cueForms].filter(([, forms]) => forms.some((f) => !f.nounLike)).map(([w]) => w)),
    particles: CUE_PARTICLES,
    particleOnly: PARTICLE_ONLY,
    addresseeVerbs: ADDRESSEE_VERBS,
    clauseOnlyVerbs: CLAUSE_ONLY_VERBS,
    quoteOnlyVerbs: new Set(QUOTE_ONLY_VERBS),
    sourceBeforePhrases: SOURCE_BEFORE_PHRASES,
    statementNouns: STATEMENT_NOUNS,
    speechNouns: withPlurals(SPEECH_NOUNS),
    personNouns: withPlurals(PERSON_NOUNS),
    bodyNouns: withPlurals(BODY_NOUNS),
    governmentNouns: new Set(GOVERNMENT_NOUNS),
    determiners: DETERMINERS,
    ownerPossessives: new Set(THIRD_PERSON_POSSESSIVES),
    modifiers: MODIFIERS,
    pronouns: SPEAKER_PRONOUNS,
    cueAdverbs: CUE_ADVERBS,
    timeAdjunctWords: TIME_ADJUNCT_WORDS,
    timeEnds: TIME_ENDS,
    npPrepositions: NP_PREPOSITIONS,
    npBreakers: NP_BREAKERS,
    clauseOpeners: CLAUSE_OPENERS,
    namingMarkers: NAMING_MARKERS,
    termMarkers: TERM_MARKERS,
    titleBefore: TITLE_BEFORE,
    workNouns: WORK_NOUNS,
    titleRoleNouns: TITLE_ROLE_NOUNS,
    headlineCredit: HEADLINE_CREDIT,
    dateline: DATELINE_WORDS,
    mentionVerbs: MENTION_VERBS,
  };
}

