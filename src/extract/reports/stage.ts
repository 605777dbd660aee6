import type { Analysis, ReportFrame, Token } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { ReportKnowledge } from '../../lang/en/reports/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { resolvePronoun, type PriorSource, type SourceKind } from './antecedent.js';
import { cueShapes, findFrames } from './find-frames.js';
import { lazyOwners, linkSpeaker } from './link-speaker.js';
import { DocumentScans } from './document-scans.js';
import type { MentionIndex } from './mention-index.js';
import type { WordShapes } from '../../text/word-shapes.js';
import { headOf, spanText, type Scan, type TokenSpan } from './scan.js';

/**
 * Finds reporting frames ("X said", "according to X", "X told Y", "said X", "…, saying") and
 * resolves who speaks: the source's words, the entities they link to (through a pronoun's
 * antecedent when the source is "he" or "they"), and the span of what is reported.
 */
export class ReportStage implements Stage {
  readonly name = 'reports';
  private readonly shapes: WordShapes;

  /** `scans` may be shared with the quote stage, which reads the same quotation marks and mentions. */
  constructor(private readonly knowledge: ReportKnowledge, private readonly verbs: VerbLexicon,
    private readonly scans = new DocumentScans()) {
    this.shapes = cueShapes(knowledge);
  }

  run(ctx: StageContext, a: Analysis): Analysis {
    const scan: Scan = { text: a.text, tokens: a.tokens, inQuote: this.scans.quoteMask(a, ctx.scratch), k: this.knowledge, verbs: this.verbs };
    const mentions = this.scans.mentions(a);
    const owners = lazyOwners(scan, mentions);
    const priors: PriorSource[] = [];
    const reports: ReportFrame[] = [];
    for (const s of a.sentences) {
      for (const raw of findFrames(scan, s, this.shapes)) {
        const sp = raw.speaker;
        let entities: readonly string[] = [];
        let antecedent: TokenSpan | null = null;
        if (sp) {
          if (sp.first === sp.last && this.knowledge.pronouns.has(a.tokens[sp.first]!.lower)) {
            const r = resolvePronoun(scan, a.sentences, sp.first, s.index, priors, mentions);
            if (r) ({ span: antecedent, entities } = r);
          } else {
            entities = linkSpeaker(scan, sp, mentions, owners);
          }
          if (antecedent || !this.knowledge.pronouns.has(a.tokens[sp.last]!.lower)) {
            const named = antecedent ?? sp;
            // "one said" is one person of the group named before ("He noted …" follows)
            const kind = a.tokens[sp.first]!.lower === 'one' ? 'person' : this.kindOf(scan, named, entities, mentions);
            priors.push({ sentence: s.index, named, entities, kind, position: sp.first });
          }
        }
        const cueText = spanText(scan, raw.cue);
        reports.push({
          sentence: s.index,
          cue: { start: cueText.start, end: cueText.end, text: cueText.text, lemma: raw.lemma },
          speaker: sp ? spanText(scan, sp) : null,
          speakerEntities: entities,
          content: raw.content ? { start: a.tokens[raw.content.first]!.start, end: a.tokens[raw.content.last]!.end } : null,
          kind: raw.cls,
          antecedent: antecedent ? spanText(scan, antecedent) : null,
        });
        ctx.debug(() => `report ${cueText.text} ← ${sp ? spanText(scan, sp).text : '-'} [${entities.join(',')}]`);
      }
    }
    return { ...a, reports };
  }

  private kindOf(scan: Scan, named: TokenSpan, entities: readonly string[], mentions: MentionIndex): SourceKind {
    const at = headOf(scan, named);
    const head = scan.tokens[at]!;
    // the entity the head names decides ("White House senior adviser Jared Kushner" is a person,
    // "President Trump's administration" a body), else the first entity linked
    const atHead = mentions.at(at);
    const e = atHead && atHead.via !== 'pronoun' ? mentions.entity(atHead.entityId) : entities[0] ? mentions.entity(entities[0]) : undefined;
    if (e?.kind === 'person') return 'person';
    if (e && e.kind !== 'group') return 'body';
    if (this.knowledge.bodyNouns.has(head.lower) && !this.knowledge.personNouns.has(head.lower)) return 'body';
    if (head.lower === 'people' || /[^s]s$/.test(head.lower) && !/^\p{Lu}/u.test(head.text)) return 'group';
    return 'person';
  }
}
