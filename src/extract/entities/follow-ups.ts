import type { Candidate, Found, Scan } from './scan.js';
import { slug } from './slug.js';

// What a person's possessive or name can head: "Tokayev’s office", "the Trump administration".
const HEADED = new Map<string, { key: (who: string) => string; name: (who: string) => string; subtype: string }>([
  ['administration', { key: (w) => `${w}-administration`, name: (w) => `${w} administration`, subtype: 'government' }],
  ['office', { key: (w) => `office-of-${w}`, name: (w) => `Office of ${w}`, subtype: 'government' }],
  ['government', { key: (w) => `${w}-government`, name: (w) => `${w} government`, subtype: 'government' }],
  ['cabinet', { key: (w) => `${w}-cabinet`, name: (w) => `${w} cabinet`, subtype: 'government' }],
  ['campaign', { key: (w) => `${w}-campaign`, name: (w) => `${w} campaign`, subtype: 'campaign' }],
  // "Cameron’s spokesman said": the spokesman speaks for the person's office.
  ['spokesman', { key: (w) => `office-of-${w}`, name: (w) => `Office of ${w}`, subtype: 'government' }],
  ['spokeswoman', { key: (w) => `office-of-${w}`, name: (w) => `Office of ${w}`, subtype: 'government' }],
  ['spokesperson', { key: (w) => `office-of-${w}`, name: (w) => `Office of ${w}`, subtype: 'government' }],
]);

/**
 * Mentions that follow from a chosen candidate: a person's name before "administration" becomes
 * the administration ("the Trump administration"); a person's possessive before "office" adds the
 * office as an organization of the person's state ("Tokayev’s office").
 */
export function followUps(s: Scan, c: Candidate): Found[] {
  const last = c.found[c.found.length - 1];
  if (!last || s.doc.kindOf(last.entityId) !== 'person') return [];
  const person = s.doc.people.get(last.entityId);
  if (!person) return [];
  const possessive = s.isPossessive(last.end);
  const headAt = possessive ? last.end + 1 : last.end;
  const head = HEADED.get(s.lowers[headAt] ?? '');
  if (!head || (!possessive && s.lowers[headAt] !== 'administration')) return [];
  const surname = s.keys[last.end - 1]!;
  const who = possessive && /^(?:office|spokes)/.test(s.lowers[headAt]!) ? person.name : surname;
  const id = `org:${head.key(slug(who))}`;
  if (!s.doc.has(id)) {
    s.doc.define({ id, kind: 'organization', name: head.name(who), state: person.state, role: null, subtype: head.subtype });
  }
  if (!possessive) {
    // "Trump administration" is the administration, not a mention of the man.
    s.found.pop();
    return [{ start: last.start, end: headAt + 1, entityId: id, via: 'body' }];
  }
  return [{ start: headAt, end: headAt + 1, entityId: id, via: 'body' }];
}
