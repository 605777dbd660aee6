import type { TimeKnowledge } from '../../lang/en/times/index.js';
import { shapeHash, WordShapes } from '../../text/word-shapes.js';

/** Function words that can open an expression without being in any lexicon. */
const OPENERS = [
  'the', 'a', 'an', 'its', 'this', 'that', 'mid', 'fiscal', 'earlier', 'later', 'dozens', 'hundreds',
  'thousands', 'per', 'q1', 'q2', 'q3', 'q4', 'year', 'month', 'week', 'quarter', "'", '’',
];

/**
 * Second words the parsers read in code rather than from a lexicon key ("the full year", "the
 * end of", "the year-ago quarter", "the sixth of March", "twenty-four", "one and a half").
 */
const CODED_SECOND_WORDS = [
  'full', 'fiscal', '-', "'s", 'of', 'and', 'or', 'to', "'", '’',
  // after a clock number: "5 p.m.", "10 a.m", "4 o'clock", "4 in the morning"
  'a.m', 'p.m', 'am', 'pm', 'a', 'p', "o'clock", 'o', 'in', 'local',
];

const ALONE = 1;
const OPENER = 2;
const PHRASE = 3;

/**
 * Which tokens can start a time expression. A word that is a time on its own ("March", "today",
 * "years") always can; a word that only opens one ("the", "about", "two", "last") can when the
 * next token can continue one. The scanner tests this before running any parser, so the
 * common "the" or "a" before an ordinary noun costs two set lookups.
 *
 * @example
 * const s = new Starters(k);
 * s.opens('the', 'company') // false
 * s.opens('the', 'third')   // true
 */
export class Starters {
  /** Words that are a time on their own ("March", "today", "years"). */
  private readonly alone = new Set<string>();
  /** Words the parsers read as openers in code: any continuing word may follow them. */
  private readonly openers = new Set<string>(OPENERS);
  /** Words that open only multi-word lexicon phrases, with the words that may follow ("as" → "soon"). */
  private readonly phraseOpeners = new Map<string, Set<string>>();
  /** Words that can continue an expression after an opener. */
  private readonly seconds = new Set<string>(CODED_SECOND_WORDS);
  /** Each starting word's class, so a word that starts nothing costs one lookup. */
  private readonly classes = new Map<string, number>();
  /**
   * The starting words' shapes: the scanner asks about every word of the text, and nine in ten
   * start nothing, which the shape tells without hashing the word for the map.
   */
  private readonly shapes = new WordShapes();

  constructor(k: TimeKnowledge) {
    // lexicon phrases: one word is a time alone; the first word of a longer one opens it
    const phrases = (keys: Iterable<string>) => {
      for (const key of keys) {
        const words = key.split(/ |-|(?='s\b)/);
        if (words.length === 1) { this.alone.add(key); continue; }
        let next = this.phraseOpeners.get(words[0]!);
        if (!next) this.phraseOpeners.set(words[0]!, (next = new Set()));
        next.add(words[1]!);
        for (const w of words.slice(1)) this.seconds.add(w);
      }
    };
    // words the parsers combine in code with what follows ("two years", "last week", "about 10 days")
    const coded = (keys: Iterable<string>) => {
      for (const key of keys) {
        const words = key.split(/ |-/);
        if (words.length === 1) this.openers.add(key);
        else phrases([key]);
        for (const w of words) this.seconds.add(w);
      }
    };
    phrases(k.months.keys()); phrases(k.weekdays.keys()); phrases(k.seasons.keys()); phrases(k.partsOfDay.keys());
    phrases(k.dayWords.keys()); phrases(k.holidays.keys()); phrases(k.vagueReferences.keys());
    phrases(k.adjectiveReferences.keys()); phrases(k.setWords.keys());
    for (const w of k.weekdays.keys()) this.alone.add(`${w}s`);
    this.alone.add('tonight');
    // a plural unit can be a span alone ("for years"); a singular one needs more ("year-end", "week ago")
    for (const u of k.units.keys()) (u.endsWith('s') ? this.alone : this.openers).add(u);
    coded(k.cardinals.keys()); coded(k.countNouns.keys()); coded(k.vagueQuantifiers);
    coded(k.ordinals.keys()); coded(k.prefixMods.keys()); coded(k.directions.keys());
    coded(k.spanOpeners.keys()); coded(k.setQuantifiers); coded(k.decadeWords.keys());
    coded(k.multipliers.keys()); coded(k.units.keys());
    for (const w of [...k.partOfPeriod.keys(), ...k.currentPeriodWords, ...k.unitQualifiers, ...k.offsetWords.keys(), ...k.timeZones]) this.seconds.add(w);
    for (const w of this.alone) this.seconds.add(w);
    for (const w of this.openers) this.seconds.add(w);
    for (const w of this.alone) { this.openers.delete(w); this.phraseOpeners.delete(w); }
    for (const w of this.openers) this.phraseOpeners.delete(w);
    // "the" opens expressions but never continues one after another opener ("at the", "about the")
    this.seconds.delete('the');
    for (const w of this.alone) this.classes.set(w, ALONE);
    for (const w of this.openers) this.classes.set(w, OPENER);
    for (const w of this.phraseOpeners.keys()) this.classes.set(w, PHRASE);
    for (const w of this.classes.keys()) this.shapes.add(w);
  }

  /**
   * Whether `word` (lower-cased, no final period) can start an expression when `next` follows.
   * `shape` is the word's shapeHash, passed by a caller that has it (the cursor keeps each token's).
   */
  opens(word: string, next: string, shape = shapeHash(word)): boolean {
    if (!this.shapes.mayHaveShape(shape)) return false;
    const cls = this.classes.get(word);
    if (cls === undefined) return false;
    if (cls === ALONE) return true;
    if (cls === OPENER) return this.seconds.has(next);
    return this.phraseOpeners.get(word)!.has(next);
  }

  /**
   * Whether a number token can start an expression: a year, a clock or slashed date, a decade,
   * or a count before a unit, month or clock word ("five years", "6 March", "5 p.m."); not
   * "155,221 bags".
   */
  opensNumber(text: string, next: string): boolean {
    if (this.seconds.has(next)) return true;
    const n = text.length;
    if (this.isYearLike(text)) return true;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 58 || ch === 47) return true;
    }
    return n >= 3 && (text.charCodeAt(n - 1) === 115 || text.charCodeAt(n - 1) === 83);
  }

  /** Four digits: a year, whatever follows ("in 1963 to produce films"). */
  isYearLike(text: string): boolean {
    return text.length === 4 && isDigit(text, 0) && isDigit(text, 1) && isDigit(text, 2) && isDigit(text, 3);
  }

  /** Words that join a count to a second count ("two to three weeks", "one and a half"). */
  isRangeWord(word: string): boolean {
    return word === 'to' || word === 'or' || word === 'and';
  }

  /** Whether `word` can start an expression at all (ignoring what follows); `shape` as for `opens`. */
  has(word: string, shape = shapeHash(word)): boolean {
    return this.shapes.mayHaveShape(shape) && this.classes.has(word);
  }
}

function isDigit(s: string, i: number): boolean {
  const ch = s.charCodeAt(i);
  return ch >= 48 && ch <= 57;
}
