import type { Analysis, ReportFrame } from '../../core/analysis.js';
import type { GovernmentOwners } from '../reports/link-speaker.js';
import { linkSpeaker } from '../reports/link-speaker.js';
import type { MentionIndex } from '../reports/mention-index.js';
import { spanText, type Scan } from '../reports/scan.js';
import { clauseSubject } from '../reports/subject.js';
import type { QuoteSpan } from './find-quotes.js';
import { pickSpeakerEntity, speakerOfFrame, type SpeakerChoice } from './speaker.js';

const NEXT_SENTENCE_CUE = 40;
// "Trump said." / "Weaver said in a statement.": what may follow the cue of a bare frame
const BARE_FRAME_TAIL = 30;

const PRIORITY: Record<NonNullable<ReportFrame['kind']>, number> = { say: 2, act: 2, source: 1, belief: 0 };
const prio = (f: ReportFrame) => PRIORITY[f.kind ?? 'say'];
const holds = (f: ReportFrame, start: number, end: number) => !!f.content && f.content.start < end && f.content.end > start;
const within = (f: ReportFrame, g: ReportFrame) => !!g.content && g !== f && f.cue.start >= g.content.start && f.cue.end <= g.content.end;
// two frames whose contents hold each other's cue ("He noted that …, “…,” he said") nest neither way
const inside = (f: ReportFrame, g: ReportFrame) => within(f, g) && !within(g, f);
// "“…,” Akunis told Ynet, according to The Times of Israel": Akunis spoke the words, the paper only
// relays them, so "according to" does not outrank the speech frame inside it (PolNeAR's gold marks
// the outer source here; the knowledge base needs who spoke, e.g. who made a prediction).
const outranks = (g: ReportFrame, f: ReportFrame) => prio(g) >= prio(f);

/**
 * The frame that introduces a quotation, among the frames of the sentences it touches. Frames whose
 * content holds the quote come first, and of those the outermost ("Israel said Clinton called on
 * members to be “closely coordinated”" → Israel; "Trump told Time … that he believes Riyadh “…”" →
 * Trump), then speech over stance, then the nearest cue. Without one, the nearest speech cue of
 * those sentences (“…,” he said).
 */
export function frameForQuote(frames: readonly ReportFrame[], start: number, end: number, text = ''): ReportFrame | null {
  // "… was unserious - “Again, we need details,” she said - and charged …": the frame right beside
  // the quote is its own, whatever frame holds the sentence
  const beside = text
    ? frames.find((f) => f.speaker && f.kind !== 'belief' && f.cue.lemma !== 'according to' && besideQuote(f, end, text)) : undefined;
  if (beside) return beside;
  const holding = frames.filter((f) => f.speaker && holds(f, start, end));
  const pool = holding.length
    ? holding.filter((f) => !holding.some((g) => outranks(g, f) && inside(f, g) && !coordinated(f, g, text)))
    : frames.filter((f) => f.speaker && f.kind !== 'belief');
  let best: ReportFrame | null = null;
  let bestScore = -Infinity;
  for (const f of pool) {
    const distance = f.cue.start >= end ? f.cue.start - end : Math.max(0, start - f.cue.end);
    const score = prio(f) * 1_000_000 - Math.min(distance, 999_999);
    if (score > bestScore) { best = f; bestScore = score; }
  }
  return best;
}

/**
 * "Ryan saying he was “very encouraged” and Trump calling it a “great meeting”": a frame joined to
 * another by "and", with a source of its own after the other's cue, is its sibling, not nested in it.
 */
function coordinated(f: ReportFrame, g: ReportFrame, text: string): boolean {
  if (!f.speaker || f.speaker.start <= g.cue.end || f.speaker.end > f.cue.start) return false;
  return /(?:,|\band)\s*$/.test(text.slice(Math.max(0, f.speaker.start - 6), f.speaker.start));
}

const AFTER_QUOTE = /^[\s,.!?;:\u2014\u2013\-\u201D"\u2019']*$/;
const BESIDE_CHARS = 6;

/**
 * The frame's words start right after the closing mark (“…,” she said). A frame ending right
 * before the opening mark is not enough: "X said the move would be “…”" is held by an outer frame
 * as often as not.
 */
function besideQuote(f: ReportFrame, end: number, text: string): boolean {
  const first = Math.min(f.cue.start, f.speaker!.start);
  // a full stop ends the quote's sentence: “… soft.” He says … starts another
  if (first >= end && first - end <= BESIDE_CHARS) return AFTER_QUOTE.test(text.slice(end, first)) && !/\./.test(text.slice(end - 1, first));
  return false;
}

/**
 * The frames that can introduce a quote: those of the sentences it touches, and those at the very
 * start of the sentence right after it (“… Really?” Bush said.: the question mark ended a sentence).
 */
export function framesAround(a: Analysis, bySentence: readonly (readonly ReportFrame[])[], sentenceOf: (pos: number) => number,
  q: QuoteSpan): ReportFrame[] {
  const s0 = sentenceOf(q.outerStart);
  const s1 = sentenceOf(Math.max(q.outerStart, q.outerEnd - 1));
  const frames: ReportFrame[] = [];
  for (let s = s0; s <= s1; s++) frames.push(...bySentence[s]!);
  const next = a.sentences[s1 + 1];
  // only after a quote that ends in ? or ! (or runs on lowercase): “… tasks ahead.” He added: “…”
  // introduces the next quote, not this one
  const open = /[?!\u2014\u2013-][\u2019'"\u201D]*$/.test(a.text.slice(q.start, q.end)) || /^\p{Ll}/u.test(a.text.slice(next?.start ?? 0, (next?.start ?? 0) + 1));
  if (next && next.start - q.outerEnd <= 2 && next.paragraph === a.sentences[s1]!.paragraph) {
    // “… in disgrace!” the presumptive nominee, Donald Trump, tweeted: a source that opens the next
    // sentence, however long, or a cue near its start; after a full stop (“… missing.” Trump said.)
    // only a sentence that is nothing but its source and cue
    for (const f of bySentence[s1 + 1]!) {
      if (!f.speaker) continue;
      if (open && (f.cue.start - next.start <= NEXT_SENTENCE_CUE || f.speaker.start === next.start)) frames.push(f);
      else if (!open && !f.content && f.speaker.start === next.start && next.end - f.cue.end <= BARE_FRAME_TAIL) frames.push(f);
    }
  }
  return frames;
}

/**
 * A quote that opens its sentence after a sentence ending in a colon ("He said:", "Transcript as
 * follows:", "He then listed the qualities …:"): the last frame of that sentence, else its subject.
 */
export function introducedByColon(scan: Scan, a: Analysis, bySentence: readonly (readonly ReportFrame[])[], prev: number,
  mentions: MentionIndex, owners: () => GovernmentOwners): SpeakerChoice | null {
  const s = a.sentences[prev]!;
  if (a.tokens[s.tokenEnd - 1]?.text !== ':') return null;
  const frames = bySentence[prev]!.filter((f) => f.speaker && f.kind !== 'belief');
  const last = frames[frames.length - 1];
  if (last) return speakerOfFrame(last, true, a.text);
  const subject = clauseSubject(scan, s.tokenStart, s.tokenEnd - 1);
  if (!subject) return null;
  const sp = spanText(scan, subject);
  return { text: sp.text, start: sp.start, end: sp.end, entity: pickSpeakerEntity(linkSpeaker(scan, subject, mentions, owners), mentions) };
}

const FRAME_BACK = 2;

/**
 * The speaker of the last speech frame of the sentences just before a quote that opens its
 * sentence ("Valastro praised Christie’s leadership …\n\n“We need someone …”"), with the sentence
 * it is in; frames of stance or of a cited source do not introduce quotes.
 */
export function lastFrameBefore(a: Analysis, bySentence: readonly (readonly ReportFrame[])[], si: number):
  { readonly choice: SpeakerChoice; readonly sentence: number } | null {
  const paragraph = a.sentences[si]!.paragraph;
  for (let s = si - 1; s >= 0 && si - s <= FRAME_BACK && paragraph - a.sentences[s]!.paragraph <= 1; s--) {
    const frames = bySentence[s]!.filter((f) => f.speaker && (f.kind === 'say' || f.kind === 'act'));
    const last = frames[frames.length - 1];
    if (last) {
      const choice = speakerOfFrame(last, true, a.text);
      return choice ? { choice, sentence: s } : null;
    }
  }
  return null;
}
