import type { Analysis, EventRecord, PredictionRecord, ReportFrame, Sentence, TimeExpr } from '../../core/analysis.js';
import { groupBy, NONE } from '../../core/group-by.js';
import type { PredictionCues } from '../../lang/en/events/prediction-cues.js';
import { isHeadline } from '../events/headline.js';
import { addDays, deadlineOfTime, windowDays } from './deadline.js';
import { predictorOf } from './predictor.js';

const UNCERTAIN = new Set(['could', 'may', 'might', 'chance', 'possible', 'possibly', 'perhaps']);

/**
 * Finds the forecasts of a document: a sentence where a named source speaks (a report frame) of
 * an expected or possible event with a deadline — a date governed by "before"/"by", or a window
 * counted from the statement ("in the next 90 or so days"). The predicted event is the sentence's
 * event; when it has none, one is made from the outcome the sentence names ("another such
 * breakthrough", "one country would sign", "it will happen" after an event).
 *
 * @example findPredictions(a, cues)  // { events: [...a.events, made], predictions: [{ predictor, deadline, … }] }
 */
export function findPredictions(a: Analysis, cues: PredictionCues): { events: EventRecord[]; predictions: PredictionRecord[] } {
  const events = [...a.events];
  const predictions: PredictionRecord[] = [];
  const frames = [...a.reports].sort((x, y) => x.cue.start - y.cue.start);
  // only sentences where someone speaks can hold a forecast: index them once, in text order
  const speaking = groupBy(frames.filter((f) => f.kind !== 'act' && f.kind !== 'source'), (f) => f.sentence);
  const timesOf = groupBy(a.times, (t) => t.sentence);
  for (const [index, own] of speaking) {
    const s = a.sentences[index];
    if (!s || isHeadline(a, s)) continue;
    const deadline = deadlineIn(a, s, timesOf.get(index) ?? NONE, cues, own[0]!);
    if (!deadline) continue;
    const frame = own.find((f) => f.content && coversFuture(a, f, s, cues)) ?? own[0]!;
    const predictor = predictorOf(frame, a, frames.filter((f) => f.sentence < s.index));
    if (!predictor) continue;
    let event = events.findIndex((e) => e.sentence === s.index && (e.status === 'expected' || e.status === 'possible')
      && !(e.trigger.start === frame.cue.start));
    if (event < 0) {
      const made = outcomeEvent(a, s, cues, events, predictor);
      if (!made) continue;
      events.push(made);
      event = events.length - 1;
    }
    if (deadline.deadline <= deadline.madeOn.slice(0, 10) && deadline.madeOn.length >= 10) continue;
    predictions.push({
      predictor, madeOn: deadline.madeOn, deadline: deadline.deadline, event,
      evidence: { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) }, sentence: s.index,
    });
  }
  return { events, predictions };
}

function coversFuture(a: Analysis, f: ReportFrame, s: Sentence, cues: PredictionCues): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = a.tokens[i]!;
    if (t.start >= f.content!.start && t.end <= f.content!.end && (cues.verbs.has(t.lower) || t.lower === 'will' || t.lower === 'would')) return true;
  }
  return false;
}

/** The deadline of a sentence and the date the statement was made (a time dating the report, else the document date). */
function deadlineIn(a: Analysis, s: Sentence, times: readonly TimeExpr[], cues: PredictionCues, frame: ReportFrame): { deadline: string; madeOn: string } | null {
  // each time's deadline is read once: the report's date is a time that sets none
  const deadlines = times.map((t) => deadlineOfTime(t, a.tokens, s, cues));
  const report = times.find((t, n) => t.value && t.type === 'DATE' && t.start >= frame.cue.end && frame.content
    && t.end <= frame.content.start && !deadlines[n]);
  const madeOn = report?.value ?? a.doc.date;
  const d = deadlines.find((x) => x);
  if (d) return { deadline: d, madeOn };
  const days = windowDays(a.tokens, s.tokenStart, s.tokenEnd, cues);
  if (days !== null) return { deadline: addDays(madeOn.length >= 10 ? madeOn : a.doc.date, days), madeOn };
  return null;
}

/** An AGREE event for the outcome the sentence names, or a copy of the last agreement-like event for "it will happen". */
function outcomeEvent(a: Analysis, s: Sentence, cues: PredictionCues, events: readonly EventRecord[], predictor: string): EventRecord | null {
  let status: EventRecord['status'] = 'expected';
  let found: { start: number; end: number; text: string; mode: string | null } | null = null;
  let happen = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = a.tokens[i]!;
    if (UNCERTAIN.has(t.lower)) status = 'possible';
    if (cues.happenVerbs.has(t.lower)) happen = true;
    if (!found && cues.outcomeModes.has(t.lower)) found = { start: t.start, end: t.end, text: t.text, mode: cues.outcomeModes.get(t.lower)! };
  }
  const agreement = lastAgreement(a, s.index);
  const evidence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
  const attribution = [{ entity: predictor, text: a.entities.get(predictor)?.name ?? predictor }];
  if (found) {
    return {
      type: 'AGREE', mode: found.mode, source: [], target: [], agreement, time: null, status, attribution, evidence,
      cameo: found.mode === 'establish_relations' ? '054' : '057', sentence: s.index,
      trigger: { start: found.start, end: found.end, text: found.text },
    };
  }
  if (!happen) return null;
  const prior = [...events].reverse().find((e) => e.sentence < s.index && e.sentence >= s.index - 2 && e.type === 'AGREE');
  if (!prior) return null;
  return { ...prior, status, attribution, evidence, sentence: s.index, time: null };
}

function lastAgreement(a: Analysis, sentence: number): string | null {
  let id: string | null = null;
  for (const m of a.mentions) {
    if (m.sentence > sentence) break;
    if (a.entities.get(m.entityId)?.kind === 'agreement') id = m.entityId;
  }
  return id;
}
