import { XMLValidator } from 'fast-xml-parser';
import { AccordsError } from '../../core/errors.js';
import { scanTags } from '../markup-tags.js';

/** Feeds nest a handful of levels; inline XHTML content a few dozen more. */
export const MAX_XML_DEPTH = 256;

const ENTITY_DECL_RE = /<!ENTITY/i;

/**
 * What a well-formedness check found: the XML as it can be parsed, and, for a truncated feed, the
 * complete items kept and the reason the rest was lost.
 *
 * @example checkXml(xml, 'feed.xml') // {xml, truncated: null}
 */
export interface CheckedXml {
  readonly xml: string;
  /** Set when the feed was cut short and only its complete items are kept. */
  readonly truncated: string | null;
}

/**
 * Refuses XML that declares entities (billion laughs and external entities are never expanded,
 * they are not even parsed) or nests past {@link MAX_XML_DEPTH}, checks well-formedness, and
 * salvages the complete items of a feed cut off mid-way.
 */
export function checkXml(xml: string, where: string): CheckedXml {
  if (ENTITY_DECL_RE.test(xml)) throw new AccordsError('XML declares entities (<!ENTITY>); refused: entity expansion is disabled', where);
  let depth = 0;
  for (const t of scanTags(xml, false)) {
    if (t.kind === 'open' && ++depth > MAX_XML_DEPTH) throw new AccordsError(`XML nested deeper than ${MAX_XML_DEPTH} levels; refused`, where);
    if (t.kind === 'close') depth--;
  }
  const verdict = XMLValidator.validate(xml);
  if (verdict === true) return { xml, truncated: null };
  const reason = describe(verdict.err);
  const salvaged = salvage(xml);
  if (salvaged && XMLValidator.validate(salvaged) === true) return { xml: salvaged, truncated: reason };
  throw new AccordsError(reason, where);
}

/** Cuts the XML after its last complete item or entry and closes the elements still open there. */
function salvage(xml: string): string | null {
  const stack: string[] = [];
  let cut = -1, openAtCut: string[] = [];
  for (const t of scanTags(xml, false)) {
    if (t.kind === 'open') stack.push(xml.slice(t.start + 1, t.start + 1 + t.name.length));
    else if (t.kind === 'close') {
      const name = stack.pop();
      if (name && /(^|:)(item|entry)$/i.test(name)) {
        cut = t.end;
        openAtCut = [...stack];
      }
    }
  }
  if (cut < 0) return null;
  return xml.slice(0, cut) + openAtCut.reverse().map((n) => `</${n}>`).join('');
}

function describe(err: { code: string; msg: string; line: number }): string {
  // The validator lists unclosed elements as a JSON array: say it as a person would.
  const unclosed = /^Invalid '\[(.*)\]' found/s.exec(err.msg);
  if (unclosed) return `truncated or malformed XML: elements never closed (${unclosed[1]!.replace(/[\s"]+/g, '').split(',').join(' > ')})`;
  return `malformed XML: ${err.msg.replace(/\s+/g, ' ')} (line ${err.line})`;
}
