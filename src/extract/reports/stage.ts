import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Finds reporting frames ("X said", "according to X", "X told Y") and resolves who speaks. */
export class ReportStage implements Stage {
  readonly name = 'reports';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
