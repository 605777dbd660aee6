import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';
import type { PredictionCues } from '../../lang/en/events/prediction-cues.js';
import { findPredictions } from './find.js';

/** Finds forecasts by named sources with a deadline; may add the predicted event to `events`. */
export class PredictionStage implements Stage {
  readonly name = 'predictions';

  constructor(private readonly cues: PredictionCues) {}

  run(ctx: StageContext, a: Analysis): Analysis {
    const { events, predictions } = findPredictions(a, this.cues);
    ctx.debug(() => `predictions: ${predictions.length}`);
    return { ...a, events, predictions };
  }
}
