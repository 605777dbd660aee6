import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Codes PLOVER events with participants, status, attribution and time. */
export class EventStage implements Stage {
  readonly name = 'events';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
