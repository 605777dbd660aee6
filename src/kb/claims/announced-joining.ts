import { actionOf } from '../vocabulary.js';
import type { EventFrame } from './event-frames.js';

/** What the rule reads of an event. */
export interface AnnouncedShape {
  readonly type: string;
  readonly mode: string | null;
  readonly agreement: string | null;
  readonly status: string;
  readonly frame?: EventFrame | null;
}

/**
 * A joining told as a done announcement by a named speaker ("Trump announced that Kazakhstan will
 * join", "… announces …", "the ministry confirmed it will join") has happened as a decision, though
 * the formal steps lie ahead. "Is expected to announce" and "we're announcing" are not yet
 * announcements; a promised signing stays promised.
 *
 * @example isAnnouncedJoining({ type: 'AGREE', mode: 'join', agreement: null, status: 'expected',
 *   frame: { cue: 'announce', text: 'announced', speaker: 'person:donald-trump' } }, ['announce']) // true
 */
export function isAnnouncedJoining(e: AnnouncedShape, cues: readonly string[]): boolean {
  const f = e.frame;
  if (e.status !== 'expected' || !f || !f.speaker || !cues.includes(f.cue)) return false;
  if (actionOf(e.type, e.mode, e.agreement !== null) !== 'join') return false;
  const word = f.text.toLowerCase();
  return word !== f.cue && !word.endsWith('ing');
}
