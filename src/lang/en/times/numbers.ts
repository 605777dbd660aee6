/** Number words as news writes them out ("almost seven years", "twenty four hours"). */

export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that scale what precedes them ("two hundred", "a thousand"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000],
]);

/** Words standing for a count ("a dozen years", "a couple of days"). */
export const COUNT_NOUNS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['couple', 2], ['half-dozen', 6], ['score', 20],
]);

/** Quantifiers that give an unknown count: TIMEX3 writes it as X ("several years" = PXY). */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'few', 'several', 'many', 'some', 'numerous', 'countless', 'various',
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['thirtieth', 30], ['thirty-first', 31],
  ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['5th', 5], ['6th', 6], ['7th', 7], ['8th', 8], ['9th', 9],
  ['10th', 10], ['11th', 11], ['12th', 12], ['13th', 13], ['14th', 14], ['15th', 15], ['16th', 16],
  ['17th', 17], ['18th', 18], ['19th', 19], ['20th', 20], ['21st', 21], ['22nd', 22],
]);

/** Decade words ("the nineties" = 199). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7],
  ['eighties', 8], ['nineties', 9],
]);
