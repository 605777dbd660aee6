import type { Analysis, Entity, Mention } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { EntityKnowledge } from '../../lang/en/entities/index.js';
import { datelineTokens } from '../dateline.js';
import { resolveReferences } from './coreference.js';
import { DocEntities } from './doc-entities.js';
import { findAgreementShape, findGroup } from './find-shapes.js';
import { findNamed } from './find-named.js';
import { findAppositivePerson, findBareName, findReportedPerson, findSurname, findTitledPerson } from './find-person.js';
import { followUps } from './follow-ups.js';
import { compileGazetteer, type Gazetteer } from './gazetteer.js';
import { inferPersonStates } from './person-states.js';
import { Scan, type Candidate } from './scan.js';

type Finder = (s: Scan, i: number) => Candidate | null;

// Tried at every token; the longest candidate wins, then the higher priority.
const FINDERS: readonly Finder[] = [
  findTitledPerson, findNamed, findAppositivePerson, findAgreementShape, findGroup, findReportedPerson, findBareName,
];

/**
 * Finds and links states, people, organizations, agreements and groups: one left-to-right pass
 * over the tokens with gazetteer tries and name patterns, then references back to what was found
 * (pronouns, "the president", "the accords").
 */
export class EntityStage implements Stage {
  readonly name = 'entities';
  private readonly g: Gazetteer;

  constructor(knowledge: EntityKnowledge) {
    this.g = compileGazetteer(knowledge);
  }

  run(ctx: StageContext, a: Analysis): Analysis {
    const doc = new DocEntities(this.g.catalog, ctx.documentDate, this.g.successions);
    const s = new Scan(this.g, a.text, a.tokens, a.sentences, doc, ctx.scratch);
    const skip = datelineTokens(a.tokens, a.sentences, this.g.k.dateline, ctx.scratch);
    for (let i = 0; i < s.n;) {
      if (skip[i] || s.tokens[i]!.kind === 'punct') { i++; continue; }
      const best = choose(s, i);
      if (!best) { i++; continue; }
      best.commit?.();
      for (const f of best.found) s.emit(f);
      for (const f of followUps(s, best)) s.emit(f);
      i = Math.max(best.end, s.found.length ? s.found[s.found.length - 1]!.end : best.end);
    }
    inferPersonStates(s);
    resolveReferences(s);
    return { ...a, ...output(s) };
  }
}

function choose(s: Scan, i: number): Candidate | null {
  if (!mayStart(s, i)) return null;
  let best: Candidate | null = null;
  for (const f of FINDERS) {
    const c = f(s, i);
    if (c && (!best || c.end > best.end || (c.end === best.end && c.priority > best.priority))) best = c;
  }
  return best ?? findSurname(s, i);
}

// Most tokens are lower-case words that start nothing: skip them without asking every finder.
function mayStart(s: Scan, i: number): boolean {
  if (s.isCap(i) || s.tokens[i]!.kind === 'number') return true;
  return s.startsName(i) || s.mayStartLower(i);
}

function output(s: Scan): { entities: Map<string, Entity>; mentions: Mention[] } {
  const found = [...s.found].sort((x, y) => x.start - y.start || y.end - x.end);
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    const e = s.doc.entity(f.entityId);
    if (!e) continue;
    const first = s.tokens[f.start]!, last = s.tokens[f.end - 1]!;
    mentions.push({
      start: first.start, end: last.end, text: s.text.slice(first.start, last.end), entityId: f.entityId,
      sentence: first.sentence, via: f.via, tokenStart: f.start, tokenEnd: f.end,
      ...(f.titleStart !== undefined ? { titleStart: s.tokens[f.titleStart]!.start } : {}),
    });
    if (!entities.has(e.id)) entities.set(e.id, e);
    lastEnd = f.end;
  }
  return { entities, mentions };
}
