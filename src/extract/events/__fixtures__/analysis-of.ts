import type { Analysis, Entity, Mention, MentionVia, ReportFrame } from '../../../core/analysis.js';
import { emptyAnalysis } from '../../../core/analysis.js';
import { makeDocument } from '../../../core/document.js';
import { makeContext } from '../../../core/stage.js';
import { loadEnglish } from '../../../lang/en/index.js';
import { TokenizeStage } from '../../../text/tokenize-stage.js';

/** An entity the fixture links wherever its text occurs: [text, id, kind, state, how the text names it (default 'name')]. */
export type FixtureEntity = readonly [string, string, Entity['kind'], string | null, MentionVia?];

/**
 * A tokenized analysis with the given entities linked by exact text, and optional report frames
 * ("X said" with its content: the rest of the sentence): the events stage tested on its own,
 * whatever the entity and report stages do.
 */
export function analysisOf(text: string, date: string, ents: readonly FixtureEntity[],
  frames: ReadonlyArray<{ cue: string; speaker: string; ids: readonly string[] }> = []): Analysis {
  const pack = loadEnglish();
  const doc = makeDocument({ id: 't', date, text, origin: 'test', format: 'text' });
  const a = new TokenizeStage(pack.tokenizer).run(makeContext(text, date), emptyAnalysis(doc));
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const [name, id, kind, state, via = 'name'] of ents) {
    entities.set(id, { id, kind, name, state: kind === 'state' ? id : state, role: null });
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const ts = a.tokens.findIndex((t) => t.start === at);
      const te = a.tokens.findIndex((t) => t.end === at + name.length);
      if (ts < 0 || te < 0) continue;
      mentions.push({ start: at, end: at + name.length, text: name, entityId: id, sentence: a.tokens[ts]!.sentence, via, tokenStart: ts, tokenEnd: te + 1 });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const reports: ReportFrame[] = frames.map((f) => {
    const cue = text.indexOf(f.cue);
    const sp = text.indexOf(f.speaker);
    const sentence = a.tokens.find((t) => t.start === cue)!.sentence;
    const s = a.sentences[sentence]!;
    return {
      sentence, cue: { start: cue, end: cue + f.cue.length, text: f.cue, lemma: f.cue },
      speaker: { start: sp, end: sp + f.speaker.length, text: f.speaker }, speakerEntities: f.ids,
      content: { start: s.start, end: s.end }, kind: 'say',
    };
  });
  return { ...a, entities, mentions, reports };
}
