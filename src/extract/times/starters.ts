import type { TimeKnowledge } from '../../lang/en/times/index.js';

/** Function words that can open an expression without being in any lexicon. */
const OPENERS = [
  'the', 'a', 'an', 'its', 'this', 'that', 'mid', 'fiscal', 'earlier', 'later', 'dozens', 'hundreds',
  'thousands', 'per', 'q1', 'q2', 'q3', 'q4', 'year', 'month', 'week', 'quarter', "'", '’',
];

/**
 * Every word that can start a time expression: the scanner skips any other token after one set
 * lookup, which keeps the stage fast on long texts.
 */
export function buildStarters(k: TimeKnowledge): ReadonlySet<string> {
  const out = new Set<string>(OPENERS);
  const firstWords = (keys: Iterable<string>) => {
    for (const key of keys) out.add(key.split(/[ -]/)[0]!);
  };
  firstWords(k.months.keys());
  firstWords(k.weekdays.keys());
  for (const w of k.weekdays.keys()) out.add(`${w}s`);
  firstWords(k.seasons.keys());
  firstWords(k.partsOfDay.keys());
  firstWords(k.dayWords.keys());
  firstWords(k.holidays.keys());
  firstWords(k.cardinals.keys());
  firstWords(k.countNouns.keys());
  firstWords(k.vagueQuantifiers);
  firstWords(k.ordinals.keys());
  firstWords(k.units.keys());
  firstWords(k.prefixMods.keys());
  firstWords(k.directions.keys());
  firstWords(k.spanOpeners.keys());
  firstWords(k.vagueReferences.keys());
  firstWords(k.adjectiveReferences.keys());
  firstWords(k.setWords.keys());
  firstWords(k.setQuantifiers);
  firstWords(k.decadeWords.keys());
  out.add('tonight');
  return out;
}
