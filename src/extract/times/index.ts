/** The times stage and the helpers other stages use with its output. */
export { TimeStage } from './stage.js';
export { deadlineOf, periodOf, type DeadlineInput } from './deadline.js';
