/**
 * Length-prefixed frames over a byte stream (a child process's stdin and stdout): an 8-byte
 * prefix (header length, payload length: u32 little-endian), a small UTF-8 JSON header, then raw
 * payload bytes that are never decoded on the way.
 *
 * @example child.stdin.write(Buffer.concat(frameParts({ batch: 1 }, bytes)))
 */
export interface Frame {
  readonly header: unknown;
  readonly payload: Buffer;
}

const PREFIX = 8;

/** The buffers of one frame, to write one after the other (the payload is not copied). */
export function frameParts(header: unknown, payload?: Uint8Array): Buffer[] {
  const h = Buffer.from(JSON.stringify(header));
  const head = Buffer.allocUnsafe(PREFIX + h.length);
  head.writeUInt32LE(h.length, 0);
  head.writeUInt32LE(payload?.length ?? 0, 4);
  h.copy(head, PREFIX);
  return payload?.length ? [head, Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength)] : [head];
}

/**
 * Cuts a stream's chunks into frames, in order. A frame spanning chunks is joined once, when it
 * is complete; payloads are views into the chunks read.
 */
export function frameReader(onFrame: (frame: Frame) => void): (chunk: Buffer) => void {
  let chunks: Buffer[] = [];
  let size = 0;
  return (chunk) => {
    chunks.push(chunk);
    size += chunk.length;
    while (size >= PREFIX) {
      if (chunks[0]!.length < PREFIX) chunks = [Buffer.concat(chunks, size)];
      const first = chunks[0]!;
      const headerLength = first.readUInt32LE(0);
      const total = PREFIX + headerLength + first.readUInt32LE(4);
      if (size < total) return;
      const all = chunks.length === 1 ? first : Buffer.concat(chunks, size);
      const header: unknown = JSON.parse(all.toString('utf8', PREFIX, PREFIX + headerLength));
      const rest = all.subarray(total);
      chunks = rest.length ? [rest] : [];
      size = rest.length;
      onFrame({ header, payload: all.subarray(PREFIX + headerLength, total) });
    }
  };
}
