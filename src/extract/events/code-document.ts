import type { Analysis, EventRecord, Mention, ReportFrame, Sentence, TimeExpr, Token } from '../../core/analysis.js';
import { groupBy, NONE } from '../../core/group-by.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { DiscourseMemory } from './anaphora.js';
import { anchorTime, eventDate, eventTimes, reportTime } from './anchor-time.js';
import { mergeAttackParts } from './attack-parts.js';
import { attributionAt, attributionOf, denialAt, isReported, quoteSpeakerOf, speakerOf } from './attribution.js';
import { TriggerCoder, type TriggerScope } from './code-trigger.js';
import { joinControllers, mergePurposes } from './controllers.js';
import { demandsIn, obligationsIn } from './demands.js';
import { isHeadline } from './headline.js';
import { defaultTarget } from './places.js';
import type { EventDraft } from './draft.js';
import { SentenceActors, statesOf } from './participants.js';
import { conditionAfter, withheld } from './status.js';
import { claimedAccusation, intentActOf } from './speech-acts.js';
import { TriggerIndex, type TriggerMatch } from './trigger-index.js';

/** A sentence's times: those that can date its events, and every dated one (a report's own time among them). */
interface SentenceTimes {
  readonly times: readonly TimeExpr[];
  readonly dated: readonly TimeExpr[];
}

/**
 * Codes the events of a whole document, sentence by sentence. Only sentences holding a trigger
 * head are analysed; the discourse memory carries actors and agreements across sentences.
 *
 * @example new EventCoder(loadEnglish().events, loadEnglish().verbs).code(analysis)  // EventRecord[]
 */
export class EventCoder {
  private readonly index: TriggerIndex;
  private readonly coder: TriggerCoder;

  constructor(private readonly k: EventKnowledge, private readonly verbs: VerbLexicon) {
    this.index = new TriggerIndex(k.triggers, verbs, k.clause.verbPrefixes);
    this.coder = new TriggerCoder(k, verbs);
  }

  code(a: Analysis): EventRecord[] {
    const memory = new DiscourseMemory(a.entities);
    const bySentence = groupBy(a.mentions, (m) => m.sentence);
    const framesBySentence = groupBy(a.reports, (f) => f.sentence);
    const timesBySentence = groupBy(a.times, (t) => t.sentence);
    const out: EventRecord[] = [];
    for (const s of a.sentences) {
      const mentions = bySentence.get(s.index) ?? NONE;
      const frames = framesBySentence.get(s.index) ?? NONE;
      const matches = this.index.find(a.tokens, s.tokenStart, s.tokenEnd);
      // only sentences with a trigger (or a reported "must") are analysed; headlines are not coded
      if ((matches.length || frames.length && obligationsIn(a, s).length) && !isHeadline(a, s)) {
        const dated = timesBySentence.get(s.index) ?? NONE;
        const times = eventTimes(dated, frames, a.text, this.k.clause.timeHeads);
        for (const e of this.codeSentence(a, s, matches, mentions, frames, { times, dated }, memory, out)) out.push(e);
      }
      memory.remember(mentions);
    }
    return out;
  }

  private codeSentence(a: Analysis, s: Sentence, matches: readonly TriggerMatch[], mentions: readonly Mention[],
    frames: readonly ReportFrame[], { times, dated }: SentenceTimes, memory: DiscourseMemory, before: readonly EventRecord[]): EventRecord[] {
    const actors = new SentenceActors(mentions, a.entities, a.tokens, this.k.clause, this.k.modifiers, s);
    const scope: TriggerScope = {
      tokens: a.tokens, sentence: s, actors, memory, heads: new Set(matches.map((m) => m.head)),
      reported: (i) => isReported(a.tokens[i]!.start, frames, a.quotes), lastSubject: [],
      speaker: (i) => speakerOf(a.tokens[i]!.start, frames, a.quotes, a.entities),
      quoteSpeaker: (i) => quoteSpeakerOf(a.tokens[i]!.start, a.quotes, a.entities),
      inTime: (i) => { const t = a.tokens[i]!; return a.times.some((x) => x.start <= t.start && t.end <= x.end); },
    };
    const drafts: EventDraft[] = [];
    const posAt = new Map<number, Set<string>>();
    for (const m of matches) {
      let set = posAt.get(m.head);
      if (!set) posAt.set(m.head, (set = new Set()));
      set.add(m.trigger.group.pos);
    }
    for (const m of matches) {
      if (posAt.get(m.head)!.size > 1 && (m.trigger.group.pos === 'noun') !== this.coder.prefersNoun(m.head, scope)) continue;
      const d = this.coder.code(m, scope);
      if (d && !(d.status === 'possible' && !d.source.length && !d.agreement)) drafts.push(d);
    }
    dropPassingNouns(drafts, a.tokens, this.k.clause.prepositions);
    const kept = mergeAttackParts(drafts, a.tokens, s.tokenStart, this.k.clause);
    const events: EventRecord[] = [];
    const evidence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
    // a statement's own act (a demand, an announced intent, a claim) is dated by the report ("Turkey said today … should"),
    // never by what it announces ("said it would meet Greece next week" was said, not said next week)
    const stated = (frame: ReportFrame | null) => frame && reportTime(frame, dated, a.text);
    const push = (d: Omit<EventDraft, 'match' | 'group' | 'controlledBy' | 'explicitSource'>, trig: EventRecord['trigger'], attribute: boolean,
      frame: ReportFrame | null = null) => {
      const at = trig.start;
      let time = frame ? stated(frame) : anchorTime(at, times);
      // "a meeting … next week": an event dated after the article has not happened yet
      // (a statement is reported once made: "threatened to stop imports from July 14" dates the stop, not the threat)
      let status = (d.status === 'occurred' || d.status === 'ongoing') && !STATEMENTS.has(d.type) && time && isAfter(time.value, a.doc.date)
        ? 'expected' : d.status;
      // "officials denied that Rubio met Tokayev": what a speaker denies is denied, on the speaker's word
      const denial = attribute ? denialAt(at, frames, this.k.status.denialCues) : null;
      if (denial) status = 'denied';
      // "a statement last night said the government had accepted …": a reported fact with no date of its own happened by the report
      if (!time && attribute && status === 'occurred') time = stated(innermostFrame(frames, at));
      // "talks by EC ministers tomorrow … The ministers were also due to discuss": what is expected with no date of its
      // own in the sentences after a scheduled meeting happens at that meeting
      const meeting = memory.scheduled;
      if (!time && status === 'expected' && meeting && s.index > meeting.sentence && s.index - meeting.sentence <= MEETING_REACH) time = meeting.time;
      else if (time && d.type === 'CONSULT' && status === 'expected' && isAfter(time.value, a.doc.date)) memory.scheduled = { time, sentence: s.index };
      events.push({
        type: d.type, mode: d.mode, source: d.source, target: d.target, agreement: d.agreement,
        time: time && { ...time, value: eventDate(time.value) }, status,
        attribution: denial ? attributionOf(denial) : attribute ? attributionAt(at, frames, a.quotes, a.entities) : [],
        evidence, cameo: d.cameo, sentence: s.index, trigger: trig,
      });
    };
    for (const d of mergePurposes(joinControllers(kept))) {
      // "Apple sued Samsung", "the company agreed to buy": an event with no participant at all is no event between actors
      if (d.bare && !d.source.length && !d.target.length && !d.agreement) continue;
      if (d.match.trigger.group.restates) restate(d, before);
      if (!d.target.length) d.target = defaultTarget(d.type, d.source, a.tokens, actors, d.match.last + 1, s.tokenEnd, scope.heads, d.agreement !== null);
      const first = a.tokens[d.match.head]!, last = a.tokens[d.match.last]!;
      const trig = { start: first.start, end: last.end, text: a.text.slice(first.start, last.end) };
      const frame = innermostFrame(frames, first.start);
      // what a speaker would not say ("did not say whether it would attack") announces nothing
      const untold = d.group && withheld({ tokens: a.tokens, sentStart: s.tokenStart, sentEnd: s.tokenEnd, clauseStart: d.group.start, reported: true }, d.group.start, this.k.status);
      const act = untold ? null : intentActOf(d, frame, a.entities, this.k.cameo, conditionAfter(a.tokens, d.match.last + 1, s.tokenEnd) === 'unless');
      if (act) {
        const cue = frame && frame.kind !== 'act' && frame.kind !== 'source' ? { ...frame.cue } : trig;
        push({ ...d, type: act.type, mode: null, cameo: act.cameo, status: 'occurred' }, { start: cue.start, end: cue.end, text: cue.text }, false, frame);
      }
      const claim = claimedAccusation(d, frame, a.entities, this.k.status.claimCues, a.text);
      if (claim) {
        push({ ...d, ...claim, type: 'ACCUSE', mode: 'allege', cameo: '112', status: 'occurred' },
          { start: frame!.cue.start, end: frame!.cue.end, text: frame!.cue.text }, false, frame);
      }
      // an evaluation voiced by the speaker is the speaker's own act: it occurred, and the article reports it
      if (d.voiced) push({ ...d, status: 'occurred' }, trig, false);
      else push(d, trig, true);
      if (d.source.length + d.target.length >= 2) memory.lastParties = [...d.source, ...d.target];
    }
    for (const dm of demandsIn(a, s, frames, this.k, this.verbs, () => actors)) {
      const time = stated(innermostFrame(frames, dm.trigger.start));
      events.push({ ...dm, time: time && { ...time, value: eventDate(time.value) }, evidence, sentence: s.index });
    }
    return dedupe(events);
  }
}

/**
 * A noun event that is the direct object of another event's verb is a passing reference (our
 * annotation guide, convention 2): "condemned allegations by Rwanda" is one ACCUSE by France,
 * "rejected calls by Belarus for aid" one REJECT.
 */
function dropPassingNouns(drafts: EventDraft[], tokens: readonly Token[], prepositions: ReadonlySet<string>): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.match.trigger.group.pos !== 'noun') continue;
    const governed = drafts.some((v) => {
      if (v.match.trigger.group.pos !== 'verb' || v.match.last >= d.match.head || d.match.head - v.match.last > 8) return false;
      let words = 0;
      for (let j = v.match.last + 1; j < d.match.head; j++) {
        const t = tokens[j]!;
        // quote marks around a judgement ("condemned as ``unacceptable'' allegations") do not end the object
        if (QUOTE_MARKS.test(t.text)) continue;
        if (t.kind === 'punct' || prepositions.has(t.lower) || ++words > 4) return false;
      }
      return true;
    });
    if (governed) drafts.splice(i, 1);
  }
}

/** How many sentences after a scheduled meeting an undated expected event is taken to happen at it. */
const MEETING_REACH = 6;

/** Acts a statement performs, which an actor can later stand by. */
const STATEMENTS = new Set(['ACCUSE', 'SUPPORT', 'REQUEST', 'THREATEN', 'REJECT']);

/**
 * "The prime minister stood by his comments": the actor holds to its latest statement in the
 * document, which goes on (ongoing) with that statement's type and recipient.
 */
function restate(d: EventDraft, before: readonly EventRecord[]): void {
  const src = statesOf(d.source);
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (!STATEMENTS.has(e.type) || ![...statesOf(e.source)].some((x) => src.has(x))) continue;
    d.type = e.type; d.mode = e.mode; d.cameo = e.cameo ?? d.cameo; d.target = [...e.target]; d.status = 'ongoing';
    return;
  }
}

const QUOTE_MARKS = /^[`'"“”‘’]+$/;
const DATE_VALUE = /^\d{4}(?:-\d{2}){0,2}$/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;

/** A date value strictly after the document date, compared at the value's own precision. */
function isAfter(value: string, documentDate: string): boolean {
  const week = WEEK_VALUE.exec(value);
  if (week) return weekStart(+week[1]!, +week[2]!) > documentDate;
  if (!DATE_VALUE.test(value)) return false;
  return value > documentDate.slice(0, value.length);
}

/** The Monday of an ISO week, as YYYY-MM-DD ("next week" is 1987-W24). */
function weekStart(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
  return new Date(monday1 + (week - 1) * 7 * 86400000).toISOString().slice(0, 10);
}

function innermostFrame(frames: readonly ReportFrame[], offset: number): ReportFrame | null {
  let best: ReportFrame | null = null;
  for (const f of frames) {
    if (!f.content || offset < f.content.start || offset >= f.content.end) continue;
    if (!best || f.content.end - f.content.start < best.content!.end - best.content!.start) best = f;
  }
  return best;
}

function dedupe(events: EventRecord[]): EventRecord[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    // (the key Array.join made, where a null mode is empty)
    const key = `${e.type}|${e.mode ?? ''}|${e.status}|${entityIds(e.source)}|${entityIds(e.target)}|${e.trigger.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function entityIds(parts: readonly { readonly entity: string }[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i ? `,${parts[i]!.entity}` : parts[i]!.entity;
  return out;
}

