import type { Analysis, Quote, ReportFrame, Sentence } from '../../core/analysis.js';
import { NONE } from '../../core/group-by.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { ReportKnowledge } from '../../lang/en/reports/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { lazyOwners, linkSpeaker, type GovernmentOwners } from '../reports/link-speaker.js';
import { DocumentScans } from '../reports/document-scans.js';
import type { MentionIndex } from '../reports/mention-index.js';
import { spanText, type Scan, type TokenSpan } from '../reports/scan.js';
import { clauseSubject, isSourceLike, nearestClauseSubject } from '../reports/subject.js';
import { framesAround, frameForQuote, introducedByColon, lastFrameBefore } from './attribute.js';
import { bylineAfter } from './byline.js';
import { colonName, speechOwner } from './owner.js';
import type { QuoteSpan } from './find-quotes.js';
import { pickSpeakerEntity, speakerOfFrame, type SpeakerChoice } from './speaker.js';
import { isScareQuote, type ScareMarkers } from './scare-quotes.js';

const INHERIT_PARAGRAPHS = 2;
const TITLE_WORDS = 5;
const LONG_QUOTE = 4;
const wordCount = (text: string, q: QuoteSpan) => text.slice(q.start, q.end).split(/\s+/).length;
const INHERIT_SENTENCES = 4;
// between two items of a list of quoted names: “A,” “B” and “C”
const LIST_GAP = /^[\s,]*(?:(?:and|or)\s+)?$/;

/**
 * Finds direct quotations and their speakers. The speaker comes from the reporting frame that
 * introduces the quote (“…,” he said / said X: “…” / according to X), for a quote over several
 * paragraphs or a quote-only sentence from the quote before it, else from the clause's subject
 * ("Trump criticised Khan for making “very rude statements”"). Names, titles and scare quotes
 * with no speaker are dropped.
 *
 * Speaker span: the words that name the speaker where the text names them — for "he said" the
 * pronoun itself (what PolNeAR marks as the source; `speakerText` carries the full name the
 * annotation guide asks for). A quote that continues another (the next sentence or paragraph of
 * the same quotation) keeps the span of the frame that introduced the quotation; only a speaker
 * that no frame names (none found) leaves the span null.
 */
export class QuoteStage implements Stage {
  readonly name = 'quotes';
  private readonly markers: ScareMarkers;
  /** `scans` may be shared with the report stage, which reads the same quotation marks and mentions. */
  constructor(private readonly knowledge: ReportKnowledge, private readonly verbs: VerbLexicon,
    private readonly scans = new DocumentScans()) {
    this.markers = {
      naming: knowledge.namingMarkers, term: knowledge.termMarkers, titleBefore: knowledge.titleBefore,
      workNouns: knowledge.workNouns, titleRoleNouns: knowledge.titleRoleNouns, headlineCredit: knowledge.headlineCredit,
      mentionVerbs: knowledge.mentionVerbs,
    };
  }

  run(ctx: StageContext, a: Analysis): Analysis {
    const marked = this.scans.quoteSpans(a);
    // ''…'' spans still hide their words from frames, but they are no quotations (see find-quotes)
    const hasDouble = marked.some((q) => q.marks === 'double');
    const spans = marked.filter((q) => q.marks === 'double' || q.marks === 'single' && !hasDouble);
    if (!spans.length || !a.sentences.length) return { ...a, quotes: [] };
    const scan: Scan = { text: a.text, tokens: a.tokens, inQuote: this.scans.quoteMask(a, ctx.scratch), k: this.knowledge, verbs: this.verbs };
    const mentions = this.scans.mentions(a);
    const owners = lazyOwners(scan, mentions);
    const bySentence = groupBySentence(a.reports, a.sentences.length);
    const sentenceOf = sentenceLocator(a.sentences);

    const via: string[] = spans.map(() => 'none');
    const choices: (SpeakerChoice | null)[] = spans.map((q, n) => {
      const f = frameForQuote(framesAround(a, bySentence, sentenceOf, q), q.start, q.end, a.text);
      if (f) via[n] = f.content && f.content.start < q.end && f.content.end > q.start ? 'frame-holds' : 'frame-near';
      return f ? speakerOfFrame(f, true, a.text) : null;
    });
    // A quote over several paragraphs: every piece takes the speaker of the piece that has one.
    for (let i = 0; i < spans.length; i++) {
      let j = i;
      while (spans[j]!.continues && j + 1 < spans.length) j++;
      const found = choices.slice(i, j + 1).find((c) => c) ?? null;
      for (let m = i; m <= j; m++) {
        if (!choices[m] && found) { choices[m] = found; via[m] = 'unit'; }
      }
      i = j;
    }
    const quotes: Quote[] = [];
    let lastSpoken: { choice: SpeakerChoice; sentence: number; paragraph: number } | null = null;
    let spokenAt = -1;
    let unquoted = -1;
    for (let i = 0; i < spans.length; i++) {
      const q = spans[i]!;
      const si = sentenceOf(q.start);
      const s = a.sentences[si]!;
      let choice = choices[i] ?? null;
      const opening = tokenAt(a, q.outerStart);
      const byline = choice ? null : bylineAfter(scan, q, (pos) => tokenAt(a, pos))
        ?? speechOwner(scan, q, opening, tokenAt(a, q.outerEnd - 1)) ?? colonName(scan, opening);
      if (byline) {
        choice = this.choiceOf(scan, byline, mentions, owners);
        via[i] = 'byline';
      }
      if (!choice && si > 0 && opensSentence(a, s, q)) {
        choice = introducedByColon(scan, a, bySentence, si - 1, mentions, owners);
        if (choice) via[i] = 'colon';
      }
      const prior = lastSpoken as { choice: SpeakerChoice; sentence: number; paragraph: number } | null;
      // the next paragraph of a quotation left open: the same speaker, however long the quotation
      if (!choice && prior && i > 0 && spans[i - 1]!.continues && spokenAt === i - 1) {
        choice = prior.choice;
        via[i] = 'unit';
      }
      if (!choice && opensSentence(a, s, q)) {
        // the latest of the last quote's speaker and the last speech frame just before
        const framed = lastFrameBefore(a, bySentence, si);
        if (framed && (!prior || framed.sentence > prior.sentence)) {
          choice = framed.choice;
          via[i] = 'inherit';
        } else if (prior && s.paragraph - prior.paragraph <= INHERIT_PARAGRAPHS && si - prior.sentence <= INHERIT_SENTENCES) {
          choice = prior.choice;
          via[i] = 'inherit';
        }
      }
      if (!choice && !opensSentence(a, s, q)) {
        const firstQuoted = tokenAt(a, q.outerStart);
        const short = wordCount(a.text, q) < LONG_QUOTE;
        const near = nearestClauseSubject(scan, s.tokenStart, firstQuoted);
        const subject = near && isSourceLike(scan, near, short) ? near : clauseSubject(scan, s.tokenStart, firstQuoted);
        if (subject && isSourceLike(scan, subject, short)) {
          choice = this.choiceOf(scan, subject, mentions, owners);
          via[i] = 'subject';
        }
      }
      const introduced = via[i] === 'frame-holds' || via[i] === 'unit' || via[i] === 'inherit' || via[i] === 'colon' || via[i] === 'byline'
        || via[i] === 'frame-near' && wordCount(a.text, q) > TITLE_WORDS;
      const listed = i > 0 && unquoted === i - 1 && LIST_GAP.test(a.text.slice(spans[i - 1]!.outerEnd, q.outerStart));
      const mentioned = via[i] !== 'frame-holds' && opensSentence(a, s, q);
      if (isScareQuote(a.text, q, this.markers, { introduced, spoken: !!choice, listed, mentioned })) {
        unquoted = i;
        continue;
      }
      // single marks with nobody speaking are headline and scare quotes, even where they are the style
      if (q.marks === 'single' && !choice) continue;
      if (choice) {
        lastSpoken = { choice, sentence: si, paragraph: s.paragraph };
        spokenAt = i;
      }
      ctx.debug(() => `quote ${q.start} ${via[i]}`);
      quotes.push({
        start: q.start, end: q.end, text: a.text.slice(q.start, q.end), sentence: si,
        speaker: choice?.entity ?? null, speakerText: choice?.text ?? null,
        speakerStart: choice?.start ?? null, speakerEnd: choice?.end ?? null,
      });
    }
    return { ...a, quotes };
  }

  private choiceOf(scan: Scan, span: TokenSpan, mentions: MentionIndex, owners: () => GovernmentOwners): SpeakerChoice {
    const sp = spanText(scan, span);
    return { text: sp.text, start: sp.start, end: sp.end, entity: pickSpeakerEntity(linkSpeaker(scan, span, mentions, owners), mentions) };
  }
}

function groupBySentence(frames: readonly ReportFrame[], n: number): (readonly ReportFrame[])[] {
  // most sentences have no frame: they share one empty list
  const out: (readonly ReportFrame[])[] = new Array<readonly ReportFrame[]>(n).fill(NONE);
  for (const f of frames) {
    if (!(f.sentence >= 0 && f.sentence < n)) continue;
    const list = out[f.sentence]!;
    if (list === NONE) out[f.sentence] = [f];
    else (list as ReportFrame[]).push(f);
  }
  return out;
}

/** Sentence index of a text position, for ascending positions mostly (binary search). */
function sentenceLocator(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
}

function tokenAt(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.tokens[mid]!.start <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Nothing but punctuation stands between the sentence start and the opening mark. */
function opensSentence(a: Analysis, s: Sentence, q: QuoteSpan): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd && a.tokens[i]!.start < q.outerStart; i++) {
    const k = a.tokens[i]!.kind;
    if (k === 'word' || k === 'number' || k === 'clitic') return false;
  }
  return true;
}
