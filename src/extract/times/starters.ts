import type { TimeKnowledge } from '../../lang/en/times/index.js';

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
  'full', 'fiscal', '-', "'s", 'of', 'and', 'or', 'to', "'", '’', ',',
  // after a clock number: "5 p.m.", "10 a.m", "4 o'clock", "4 in the morning"
  'a.m', 'p.m', 'am', 'pm', 'a', 'p', "o'clock", 'o', 'in', 'local',
];

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
  private readonly alone = new Set<string>();
  private readonly openers = new Set<string>(OPENERS);
  private readonly seconds = new Set<string>(CODED_SECOND_WORDS);

  constructor(k: TimeKnowledge) {
    const add = (keys: Iterable<string>) => {
      for (const key of keys) {
        const words = key.split(/ |-|(?='s\b)/);
        if (words.length === 1) this.alone.add(key);
        else this.openers.add(words[0]!);
        for (const w of words) this.seconds.add(w);
      }
    };
    const opensOnly = (keys: Iterable<string>) => {
      for (const key of keys) {
        const words = key.split(/ |-/);
        this.openers.add(words[0]!);
        for (const w of words) this.seconds.add(w);
      }
    };
    // times on their own
    add(k.months.keys()); add(k.weekdays.keys()); add(k.seasons.keys()); add(k.partsOfDay.keys());
    add(k.dayWords.keys()); add(k.holidays.keys()); add(k.units.keys()); add(k.vagueReferences.keys());
    add(k.adjectiveReferences.keys()); add(k.setWords.keys());
    for (const w of k.weekdays.keys()) this.alone.add(`${w}s`);
    this.alone.add('tonight');
    // words that need more after them
    opensOnly(k.cardinals.keys()); opensOnly(k.countNouns.keys()); opensOnly(k.vagueQuantifiers);
    opensOnly(k.ordinals.keys()); opensOnly(k.prefixMods.keys()); opensOnly(k.directions.keys());
    opensOnly(k.spanOpeners.keys()); opensOnly(k.setQuantifiers); opensOnly(k.decadeWords.keys());
    opensOnly(k.multipliers.keys());
    for (const w of [...k.partOfPeriod.keys(), ...k.currentPeriodWords, ...k.unitQualifiers, ...k.offsetWords.keys(), ...k.timeZones]) this.seconds.add(w);
    for (const w of this.alone) this.seconds.add(w);
    for (const w of this.openers) this.seconds.add(w);
    for (const w of this.alone) this.openers.delete(w);
  }

  /** Whether `word` (lower-cased, no final period) can start an expression when `next` follows. */
  opens(word: string, next: string): boolean {
    return this.alone.has(word) || (this.openers.has(word) && this.seconds.has(next));
  }

  /**
   * Whether a number token can start an expression: a year, a clock or slashed date, a decade,
   * or a count before a unit, month or clock word ("five years", "6 March", "5 p.m."); not
   * "155,221 bags".
   */
  opensNumber(text: string, next: string): boolean {
    if (this.seconds.has(next)) return true;
    const n = text.length;
    if (n === 4 && text.charCodeAt(0) <= 57) return true;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 58 || ch === 47) return true;
    }
    return n >= 3 && (text.charCodeAt(n - 1) === 115 || text.charCodeAt(n - 1) === 83);
  }

  /** Whether `word` can start an expression at all (ignoring what follows). */
  has(word: string): boolean {
    return this.alone.has(word) || this.openers.has(word);
  }
}
