import { errorLine } from '../core/errors.js';
import { parseJsonlRecord } from '../readers/jsonl-record.js';
import type { Extractor } from './extractor.js';

/**
 * `extract --jsonl` for one input line: the output line (with its newline) and whether it is a
 * result, or null for a blank line (which has no output). `lineNo` names the line in errors.
 *
 * @example jsonlOutput('{"id":"a","date":"2025-01-01","text":"Hi."}', 1, extractor)  // { line: '{"doc":…}\n', ok: true }
 */
export function jsonlOutput(line: string, lineNo: number, extractor: Extractor, date?: string): { line: string; ok: boolean } | null {
  if (!line.trim()) return null;
  const where = `stdin:${lineNo}`;
  let doc;
  try {
    doc = parseJsonlRecord(line, where, { date });
  } catch (err) {
    return { line: JSON.stringify({ id: idOf(line), error: errorLine(err, where).replace(/^accords: /, '') }) + '\n', ok: false };
  }
  try {
    return { line: JSON.stringify(extractor.extract(doc)) + '\n', ok: true };
  } catch (err) {
    return { line: JSON.stringify({ id: doc.id, error: errorLine(err, doc.origin).replace(/^accords: /, '') }) + '\n', ok: false };
  }
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
