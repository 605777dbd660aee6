import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Finds TIMEX3 expressions and resolves them against the document date. */
export class TimeStage implements Stage {
  readonly name = 'times';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
