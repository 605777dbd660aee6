import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Finds forecasts by named sources with a deadline. */
export class PredictionStage implements Stage {
  readonly name = 'predictions';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
