import fc from 'fast-check';

// News-like pieces: names the extractors know, reporting verbs, time words, quote marks and
// punctuation, so that random texts reach deep into every stage rather than only the tokenizer.
const WORDS = [
  'Kazakhstan', 'Israel', 'the United States', 'Saudi Arabia', 'President Donald Trump', 'Tokayev', 'Netanyahu',
  'the Abraham Accords', 'the UN', 'NATO', 'the State Department', 'Central Asian states', 'officials', 'he', 'she', 'they',
  'said', 'told reporters', 'according to', 'announced', 'will join', 'signed', 'expects to', 'predicted', 'denied',
  'threatened', 'agreed', 'is poised to', 'by the end of the year', 'on Thursday', 'Thursday evening', 'last month',
  'next week', 'in 2020', 'November 6, 2025', '2025-11-06', 'within four years', 'every Monday', 'since 1948',
  'the agreement', 'normalization', 'sanctions', 'talks', 'a ceasefire', 'troops', 'Mr.', 'Dr.', 'U.S.', 'e.g.',
  '"', '“', '”', '‘', '’', "'", '(', ')', ',', '.', ';', ':', '—', '-', '!', '?', '…', '\n', '\n\n', ' ', '  ', '\t',
];
const RUN_CHARS = ['"', '“', '.', ',', '-', '—', '(', '9', 'A', 'Z', ' ', '\n', "'", '’', '!', '…', '\u00A0', '\u200B'];

/** Lone surrogate halves, which no well-formed text has and every stage must survive. */
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** A run of one character, or of a short pattern: digits, punctuation, capitals, quotes. */
export const run = (max: number) => fc.tuple(
  fc.oneof(fc.constantFrom(...RUN_CHARS), fc.constantFrom('12', 'AB', 'Aa ', '"a', '. ', 'Mr. ', '19', 'XX-', 'I. ')),
  fc.integer({ min: 1, max }),
).map(([s, n]) => s.repeat(n));

/** News-like text: known words and punctuation, with random unicode, surrogates and runs mixed in. */
export const newsText = fc.array(fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: surrogate },
  { weight: 1, arbitrary: run(60) },
), { maxLength: 120 }).map((parts) => parts.join(''));

/** Any text at all: random code units (lone surrogates included), or random unicode. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);

/** Long lines (up to ~100 KB): one repeated news sentence, a run, or a quote that never ends. */
export const longText = fc.oneof(
  fc.tuple(newsText, fc.integer({ min: 1, max: 4000 })).map(([t, n]) => t.replace(/\n/g, ' ').repeat(n).slice(0, 100_000)),
  run(100_000),
  fc.tuple(fc.constantFrom('"', '“', "'", '('), newsText).map(([q, t]) => `${q}${t} `.repeat(2000).slice(0, 100_000)),
  fc.constant('9'.repeat(100_000)),
  fc.constant('A'.repeat(50_000) + ' said ' + 'B'.repeat(50_000)),
);

const ACTORS = ['Kazakhstan', 'Saudi Arabia', 'Israel', 'Morocco', 'President Donald Trump', 'the United Arab Emirates', 'Iran', 'Russia'];
const ACTIONS = ['will join the Abraham Accords', 'signed a peace agreement with Israel', 'threatened sanctions against Iran',
  'agreed to establish diplomatic relations', 'is expected to normalize ties', 'denied reports of talks', 'withdrew troops from the border'];
const TIMES = ['on Thursday', 'by the end of the year', 'next month', 'before December 31, 2025', 'within weeks', 'last week', 'in 2026'];
const SPEAKERS = ['officials said', 'a senior official told reporters', 'Rubio said', 'according to Israeli officials', 'he predicted'];

/** Well-formed news sentences (actors, event verbs, deadlines, quotes, predictions) to mutate. */
const sentence = fc.tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...ACTIONS), fc.constantFrom(...TIMES), fc.constantFrom(...SPEAKERS),
  fc.constantFrom('plain', 'quoted', 'prediction')).map(([a, v, t, s, shape]) =>
  shape === 'quoted' ? `"${a} ${v} ${t}," ${s}.` : shape === 'prediction' ? `${s.split(' ')[0]} predicted that ${a} ${v} ${t}.` : `${a} ${v} ${t}, ${s}.`);

/** One edit: delete a range, insert junk, or duplicate a slice, at a position given as a fraction. */
const edit = fc.tuple(fc.constantFrom('delete', 'insert', 'duplicate'), fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 40 }), fc.oneof(fc.constantFrom('"', '“', '\n\n', '  ', '\uD83D', '\uDE00', 'Mr.', ',', '('), run(20)));

function applyEdit(text: string, [kind, at, len, junk]: [string, number, number, string]): string {
  const i = Math.floor(at * text.length);
  if (kind === 'delete') return text.slice(0, i) + text.slice(i + len);
  if (kind === 'insert') return text.slice(0, i) + junk + text.slice(i);
  return text.slice(0, i) + text.slice(i, i + len) + text.slice(i);
}

/** Real-looking paragraphs (generated sentences, or an example article) broken by random edits. */
export const mutatedNews = (examples: readonly string[]) => fc.tuple(
  fc.oneof(fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' ')), fc.constantFrom(...examples)),
  fc.array(edit, { maxLength: 6 }),
).map(([text, edits]) => edits.reduce(applyEdit, text));

/**
 * Word salad from the extractor's own vocabulary (every trigger word of the event patterns, and
 * the phrases above), so that each pattern is hit at every position: first word of the text, last
 * word, beside punctuation, with nothing around it.
 */
export const lexiconText = (vocabulary: readonly string[]) => fc.array(fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constant(' ') },
), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

/** The words of pattern data like "suspend|halt * talk|negotiation". */
export function patternWords(patterns: readonly string[]): string[] {
  const words = new Set<string>();
  for (const p of patterns) for (const w of p.split(/[\s|]+/)) if (/^[\p{L}'’-]+$/u.test(w)) words.add(w);
  return [...words].sort();
}
