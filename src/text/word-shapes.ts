/**
 * A precheck before looking a token up in a large word map: a Bloom filter over the words added,
 * keyed by each word's shape (its length and first two and last two characters), two bits per
 * word (the second probe from the hash mixed again). `mayHave` is true for every word added and
 * for a few others (about 6% of other words, for the gazetteer's ~5,500 flagged words); of a news
 * text's word tokens, it lets about one in five through to the gazetteer's map.
 *
 * Why: a token's string is new to the engine, so a Map lookup must first hash the whole string,
 * and the large maps (the gazetteer's word flags and names, the trigger heads, the reporting
 * verbs) are cold by the time the next document comes, the later stages having filled the caches.
 * These 8 KB stay warm and the shape reads five characters, so most tokens never reach the Map.
 *
 * @example
 * const shapes = new WordShapes(['said', 'told']);
 * shapes.mayHave('said');  // true
 * shapes.mayHave('the');   // false
 */
export class WordShapes {
  /** 2^16 bits. */
  private readonly bits = new Uint32Array(2048);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const h = shapeHash(word), g = Math.imul(h, 0x85ebca6b);
    this.bits[(h >>> 5) & 2047]! |= 1 << (h & 31);
    this.bits[g >>> 21]! |= 1 << ((g >>> 16) & 31);
  }

  mayHave(word: string): boolean {
    return this.mayHaveShape(shapeHash(word));
  }

  /** `mayHave` for a word whose shape is already known (a token's `shape`). */
  mayHaveShape(h: number): boolean {
    const g = Math.imul(h, 0x85ebca6b);
    return (this.bits[(h >>> 5) & 2047]! & (1 << (h & 31))) !== 0
      && (this.bits[g >>> 21]! & (1 << ((g >>> 16) & 31))) !== 0;
  }
}

/**
 * A 30-bit hash of the length and the first two and last two characters (repeated in short words).
 * The tokenizer stores it for each token's lower-cased form (`Token.shape`), so the stages' filters
 * read it rather than each hashing the word again.
 */
export function shapeHash(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = n * 31 + w.charCodeAt(0);
  h = h * 31 + w.charCodeAt(n > 1 ? 1 : 0);
  h = h * 31 + w.charCodeAt(n - 1);
  h = h * 31 + w.charCodeAt(n > 2 ? n - 2 : 0);
  // 30 bits: a small integer to V8, stored in each token without a boxed number
  return Math.imul(h, 0x9e3779b1) >>> 2;
}
