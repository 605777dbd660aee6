/**
 * Zeroed typed arrays for one document's scans (per-token flags, indices, shapes), cut from a few
 * large buffers instead of each allocated on its own.
 *
 * Why: a typed array longer than 64 bytes gets a backing store outside V8's heap, and allocating
 * one costs about a microsecond (about 30 times a view on an existing buffer); the stages made
 * some fifteen per document. A document's arrays live as long as anything holds them: a buffer is
 * never handed out twice, so nothing here is shared between documents.
 *
 * @example
 * const scratch = new Scratch(4096);
 * const flags = scratch.u8(tokens.length);  // all 0
 */
export class Scratch {
  private buffer: ArrayBuffer | null = null;
  private used = 0;

  /** @param chunkBytes size of each buffer (a larger request gets a buffer of its own size). */
  constructor(private readonly chunkBytes = 4096) {}

  /** The buffer size for a text: about 20 bytes of arrays per token, a token every 5 characters. */
  static forText(text: string): Scratch {
    return new Scratch(Math.min(1 << 20, Math.max(4096, 4 * text.length)));
  }

  u8(n: number): Uint8Array {
    const at = this.take(n);
    return new Uint8Array(this.buffer!, at, n);
  }

  i32(n: number): Int32Array {
    const at = this.take(4 * n);
    return new Int32Array(this.buffer!, at, n);
  }

  /** Byte offset of `bytes` fresh (zeroed) bytes in `buffer`, aligned to 8. */
  private take(bytes: number): number {
    const size = (bytes + 7) & ~7;
    if (this.buffer === null || this.used + size > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(this.chunkBytes, size));
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return at;
  }
}
