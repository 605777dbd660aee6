import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Finds direct quotations and their speakers. */
export class QuoteStage implements Stage {
  readonly name = 'quotes';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
