import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ExtractionErrorOut } from '../core/contract.js';
import { errorLine } from '../core/errors.js';
import { parseJsonlRecord } from '../readers/jsonl-record.js';
import type { Extractor } from './extractor.js';

/**
 * `extract --jsonl`: one `{id,date,text,title?}` a line in, one result (or `{id,error}`) a line out.
 * A bad line never stops the stream. Returns how many lines failed.
 */
export async function extractJsonlStream(input: Readable, output: Writable, extractor: Extractor,
  opts: { date?: string } = {}): Promise<{ ok: number; failed: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0, ok = 0, failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let out: string;
    try {
      const doc = parseJsonlRecord(line, `stdin:${lineNo}`, opts);
      out = JSON.stringify(extractor.extract(doc));
      ok++;
    } catch (err) {
      failed++;
      const e: ExtractionErrorOut = { id: idOf(line), error: errorLine(err, `stdin:${lineNo}`).replace(/^accords: /, '') };
      out = JSON.stringify(e);
    }
    if (!output.write(out + '\n')) await new Promise<void>((r) => output.once('drain', () => r()));
  }
  return { ok, failed };
}

function idOf(line: string): string | null {
  try {
    const o = JSON.parse(line) as { id?: unknown };
    return o && typeof o === 'object' && o.id != null ? String(o.id) : null;
  } catch {
    const m = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(line);
    return m ? m[1]! : null;
  }
}
