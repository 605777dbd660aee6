import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { EventKnowledge } from '../../lang/en/events/index.js';
import type { VerbLexicon } from '../../lang/en/verbs.js';
import { EventCoder } from './code-document.js';

/** Codes PLOVER events with participants, status, attribution and time. */
export class EventStage implements Stage {
  readonly name = 'events';
  private readonly coder: EventCoder;

  constructor(knowledge: EventKnowledge, verbs: VerbLexicon) {
    this.coder = new EventCoder(knowledge, verbs);
  }

  run(ctx: StageContext, a: Analysis): Analysis {
    const events = this.coder.code(a);
    ctx.debug(() => `events: ${events.length}`);
    return { ...a, events };
  }
}
