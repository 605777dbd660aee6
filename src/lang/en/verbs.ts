import { WordShapes } from '../../text/word-shapes.js';

/**
 * English verb morphology for tense and voice cues: irregular verbs (base, past, past participle)
 * and a rule for regular ones. Source: the standard list of English irregular verbs
 * (e.g. https://en.wiktionary.org/wiki/Appendix:English_irregular_verbs), common ones only.
 */
const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['be', 'was', 'been'], ['bear', 'bore', 'borne'],
  ['beat', 'beat', 'beaten'], ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'], ['bid', 'bid', 'bid'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'], ['breed', 'bred', 'bred'],
  ['bring', 'brought', 'brought'], ['broadcast', 'broadcast', 'broadcast'], ['build', 'built', 'built'],
  ['burn', 'burnt', 'burnt'], ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'], ['cast', 'cast', 'cast'],
  ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'], ['cling', 'clung', 'clung'], ['come', 'came', 'come'],
  ['cost', 'cost', 'cost'], ['creep', 'crept', 'crept'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['dream', 'dreamt', 'dreamt'],
  ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'],
  ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'], ['find', 'found', 'found'],
  ['flee', 'fled', 'fled'], ['fling', 'flung', 'flung'], ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'],
  ['forecast', 'forecast', 'forecast'], ['foresee', 'foresaw', 'foreseen'], ['forget', 'forgot', 'forgotten'],
  ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'],
  ['go', 'went', 'gone'], ['grind', 'ground', 'ground'], ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'],
  ['have', 'had', 'had'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'], ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['kneel', 'knelt', 'knelt'],
  ['know', 'knew', 'known'], ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['lean', 'leant', 'leant'],
  ['leap', 'leapt', 'leapt'], ['learn', 'learnt', 'learnt'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'],
  ['let', 'let', 'let'], ['lie', 'lay', 'lain'], ['light', 'lit', 'lit'], ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'], ['mislead', 'misled', 'misled'],
  ['overcome', 'overcame', 'overcome'], ['overrun', 'overran', 'overrun'], ['oversee', 'oversaw', 'overseen'],
  ['overtake', 'overtook', 'overtaken'], ['overthrow', 'overthrew', 'overthrown'], ['pay', 'paid', 'paid'],
  ['prove', 'proved', 'proven'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'],
  ['rebuild', 'rebuilt', 'rebuilt'], ['rid', 'rid', 'rid'], ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'],
  ['shake', 'shook', 'shaken'], ['shed', 'shed', 'shed'], ['shine', 'shone', 'shone'], ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'], ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'],
  ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['sleep', 'slept', 'slept'], ['slide', 'slid', 'slid'],
  ['speak', 'spoke', 'spoken'], ['speed', 'sped', 'sped'], ['spend', 'spent', 'spent'], ['spin', 'spun', 'spun'],
  ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['spring', 'sprang', 'sprung'], ['stand', 'stood', 'stood'],
  ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'], ['sting', 'stung', 'stung'], ['strike', 'struck', 'struck'],
  ['strive', 'strove', 'striven'], ['swear', 'swore', 'sworn'], ['sweep', 'swept', 'swept'], ['swim', 'swam', 'swum'],
  ['swing', 'swung', 'swung'], ['take', 'took', 'taken'], ['teach', 'taught', 'taught'], ['tear', 'tore', 'torn'],
  ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'], ['thrust', 'thrust', 'thrust'],
  ['undergo', 'underwent', 'undergone'], ['understand', 'understood', 'understood'], ['undertake', 'undertook', 'undertaken'],
  ['uphold', 'upheld', 'upheld'], ['upset', 'upset', 'upset'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'],
  ['weep', 'wept', 'wept'], ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'], ['withhold', 'withheld', 'withheld'],
  ['withstand', 'withstood', 'withstood'], ['write', 'wrote', 'written'],
];

/** Extra past forms of irregular verbs. */
const EXTRA_PAST: ReadonlyArray<readonly [string, string]> = [
  ['be', 'were'], ['burn', 'burned'], ['dream', 'dreamed'], ['learn', 'learned'], ['lean', 'leaned'], ['leap', 'leaped'],
  ['get', 'got'], ['prove', 'proved'], ['light', 'lighted'],
];

export type VerbForm = 'base' | 'present3' | 'past' | 'participle' | 'past_or_participle' | 'gerund';

export interface VerbLexicon {
  /** The forms a lower-cased word can be, if it looks like a verb form. */
  formsOf(word: string): readonly VerbForm[];
  /** The base (lemma) of a verb form, best effort. */
  lemma(word: string): string;
  /** Every inflected form of a base verb. */
  inflect(base: string): { base: string; present3: string; past: readonly string[]; participle: readonly string[]; gerund: string };
}

const VOWELS = /[aeiou]/;

/**
 * Verbs stressed on a final consonant-vowel-consonant syllable double it ("expel" → "expelled");
 * one-syllable verbs do too ("ban" → "banned"). Polysyllables stressed earlier ("open", "visit")
 * do not, so they are listed rather than guessed.
 */
const STRESS_FINAL = new Set([
  'abet', 'admit', 'allot', 'annul', 'commit', 'compel', 'concur', 'confer', 'control', 'deter',
  'defer', 'dispel', 'embed', 'enrol', 'equip', 'excel', 'expel', 'extol', 'impel', 'incur', 'infer',
  'instil', 'occur', 'omit', 'outbid', 'patrol', 'permit', 'prefer', 'propel', 'rebel', 'rebut',
  'recur', 'refer', 'regret', 'remit', 'repel', 'submit', 'transfer', 'transmit', 'unwrap', 'upset',
]);
const doubles = (base: string) => STRESS_FINAL.has(base)
  || (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && !/^[^aeiou]*[aeiou][aeiou]/.test(base));

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.at(-1) + 'ed';
  return base + 'ed';
}
function present3(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}
function gerund(base: string): string {
  if (base === 'be' || base === 'see' || base === 'flee' || base === 'agree' || base === 'guarantee') return base + 'ing';
  if (/ie$/.test(base)) return base.slice(0, -2) + 'ying';
  if (/[^e]e$/.test(base) && base.length > 2) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.at(-1) + 'ing';
  return base + 'ing';
}

/** Builds the English verb lexicon. */
export function createVerbLexicon(): VerbLexicon {
  const irregularByBase = new Map<string, { past: string[]; participle: string[] }>();
  const lemmaOf = new Map<string, string>();
  const forms = new Map<string, Set<VerbForm>>();
  const add = (w: string, f: VerbForm, base: string) => {
    let s = forms.get(w);
    if (!s) forms.set(w, (s = new Set()));
    s.add(f);
    if (!lemmaOf.has(w)) lemmaOf.set(w, base);
  };
  for (const [b, p, pp] of IRREGULAR) {
    irregularByBase.set(b, { past: [p], participle: [pp] });
    add(b, 'base', b); add(p, 'past', b); add(pp, 'participle', b);
    add(present3(b), 'present3', b); add(gerund(b), 'gerund', b);
  }
  for (const [b, p] of EXTRA_PAST) {
    irregularByBase.get(b)?.past.push(p);
    add(p, 'past', b);
  }
  for (const w of ['is', 'am', 'are']) add(w, 'present3', 'be');
  add('has', 'present3', 'have'); add('does', 'present3', 'do');

  const inflect = (base: string) => {
    const irr = irregularByBase.get(base);
    const past = irr?.past ?? [regularPast(base)];
    const participle = irr?.participle ?? [regularPast(base)];
    return { base, present3: present3(base), past, participle, gerund: gerund(base) };
  };
  // formsOf answers per token: each word's list is made once here, and the guesses are shared constants
  const formLists = new Map<string, readonly VerbForm[]>();
  for (const [w, set] of forms) formLists.set(w, [...set]);
  // Most words of a text are no listed form: their shape says so before the map must hash them.
  const listed = new WordShapes(formLists.keys());
  const pastOrParticiple: readonly VerbForm[] = ['past_or_participle'];
  const gerundOnly: readonly VerbForm[] = ['gerund'];
  const none: readonly VerbForm[] = [];
  return {
    inflect,
    formsOf(word) {
      const known = listed.mayHave(word) ? formLists.get(word) : undefined;
      if (known) return known;
      if (word.length > 4 && word.endsWith('ed') && VOWELS.test(word.slice(0, -2))) return pastOrParticiple;
      if (word.length > 5 && word.endsWith('ing')) return gerundOnly;
      return none;
    },
    lemma(word) {
      const known = lemmaOf.get(word);
      if (known) return known;
      if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
      if (word.endsWith('ed')) {
        const stem = word.slice(0, -2);
        if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
        return /(?:at|iz|is|ur|ag|uc|rg|dg|lv|rv|ir|as|ov|ssu|ul|it)$/.test(stem) || /[^aeiou][cgsvz]$/.test(stem) ? stem + 'e' : stem;
      }
      if (word.endsWith('ing')) {
        const stem = word.slice(0, -3);
        if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
        return stem;
      }
      if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
      if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
      if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
      return word;
    },
  };
}

/** Auxiliaries and modals, by what they say about time and certainty. */
export const AUXILIARIES = {
  past: ['was', 'were', 'had', 'did', "'d"],
  present: ['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", "'re", "'m", "'ve"],
  future: ['will', "'ll", 'shall'],
  conditional: ['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ought'],
  negation: ['not', "n't", 'never', 'no'],
} as const;
