import type { ExtractionOut } from '../../src/core/contract.js';

/**
 * Every way an extraction can point outside its text or misquote it: spans out of bounds or
 * reversed, a span whose slice differs from the reported text, a prediction naming no event.
 * Empty when the extraction is sound.
 */
export function spanProblems(text: string, out: ExtractionOut): string[] {
  const problems: string[] = [];
  const check = (what: string, start: unknown, end: unknown, said: unknown, sameText = true) => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return problems.push(`${what}: non-integer span ${start}..${end}`);
    const [s, e] = [start as number, end as number];
    if (s < 0 || e > text.length || s > e) return problems.push(`${what}: span ${s}..${e} outside 0..${text.length}`);
    if (sameText && text.slice(s, e) !== said) problems.push(`${what}: slice ${JSON.stringify(text.slice(s, e))} ≠ ${JSON.stringify(said)}`);
  };
  out.entities.forEach((en, i) => en.mentions.forEach((m, j) => check(`entities[${i}](${en.id}).mentions[${j}]`, m.start, m.end, m.text)));
  out.times.forEach((t, i) => check(`times[${i}]`, t.start, t.end, t.text));
  out.quotes.forEach((q, i) => {
    check(`quotes[${i}]`, q.start, q.end, q.text);
    // The quote stage reports a pronoun's antecedent as speakerText with the pronoun's span (by
    // design, see src/extract/quotes/speaker.ts): only the bounds of a speaker span are checked.
    if (q.speakerStart !== null || q.speakerEnd !== null) check(`quotes[${i}].speaker`, q.speakerStart, q.speakerEnd, q.speakerText, false);
  });
  out.events.forEach((ev, i) => check(`events[${i}].evidence`, ev.evidence.start, ev.evidence.end, ev.evidence.text));
  out.predictions.forEach((p, i) => {
    check(`predictions[${i}].evidence`, p.evidence.start, p.evidence.end, p.evidence.text);
    if (!Number.isInteger(p.event) || p.event < 0 || p.event >= out.events.length) problems.push(`predictions[${i}].event ${p.event} names no event`);
  });
  return problems;
}
