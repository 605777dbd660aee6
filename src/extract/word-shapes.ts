/**
 * A precheck before looking a token up in a word map: one bit per hash of the length and the first
 * two and last two letters of the words added (a Bloom filter with one hash). It says "maybe" for
 * every word added (and for some others), "no" for nine in ten tokens of a text, without hashing the
 * whole token. Chosen for speed: a token's string is new to the engine, and a Map lookup must hash it
 * first, which costs more than the whole precheck.
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
    const k = key(word);
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  mayHave(word: string): boolean {
    const k = key(word);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}

/** A 16-bit hash of the length and the first two and last two characters (repeated in short words). */
function key(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = n * 31 + w.charCodeAt(0);
  h = h * 31 + w.charCodeAt(n > 1 ? 1 : 0);
  h = h * 31 + w.charCodeAt(n - 1);
  h = h * 31 + w.charCodeAt(n > 2 ? n - 2 : 0);
  return Math.imul(h, 0x9e3779b1) >>> 16;
}
