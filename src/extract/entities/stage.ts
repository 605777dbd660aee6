import type { Analysis } from '../../core/analysis.js';
import type { Stage, StageContext } from '../../core/stage.js';

/** Finds and links states, people, organizations, agreements and groups. */
export class EntityStage implements Stage {
  readonly name = 'entities';
  run(_ctx: StageContext, a: Analysis): Analysis {
    return a;
  }
}
