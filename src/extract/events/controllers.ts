import type { PloverType } from '../../core/contract.js';
import type { EventDraft } from './draft.js';

const FORCEFUL: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);

/**
 * Joins a controlling trigger with the event it governs ("agreed to normalize", "threatened to
 * impose", "refused to deploy"). When both are of one type the governed event carries the meaning
 * and the controller's status ("Bahrain agreed to normalize relations" is one AGREE that occurred,
 * of mode establish_relations); otherwise both stay, and a controller with no recipient of its own
 * takes the governed event's ("threatened to ban the opposition").
 *
 * @example joinControllers([threaten, ban])  // threaten.target = ban.target
 */
export function joinControllers(drafts: EventDraft[]): EventDraft[] {
  const byHead = new Map<number, EventDraft>();
  for (const d of drafts) byHead.set(d.match.head, d);
  const dropped = new Set<EventDraft>();
  for (const d of drafts) {
    if (d.controlledBy === null) continue;
    const c = byHead.get(d.controlledBy);
    if (!c) continue;
    if (!c.target.length) c.target = d.target;
    if (!d.source.length) d.source = c.source;
    if (!d.agreement && c.agreement) d.agreement = c.agreement;
    // "vowed to fight", "pledged to retaliate": a promise of force is a threat (PLOVER THREATEN)
    if (c.match.trigger.group.embeds === 'intent' && FORCEFUL.has(d.type)) {
      c.type = 'THREATEN'; c.mode = null; c.cameo = '130';
    }
    if (c.type === d.type && c.match.trigger.group.embeds === 'intent') {
      d.status = c.status;
      d.mode ??= c.mode;
      dropped.add(c);
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

/**
 * A purpose infinitive of the same type as the event before it restates that event ("began a
 * hunger strike to protest against X" is one PROTEST): it is dropped, lending its recipient.
 *
 * @example mergePurposes([strike, protest])  // [strike with protest's target]
 */
export function mergePurposes(drafts: EventDraft[]): EventDraft[] {
  return drafts.filter((d, i) => {
    if (!d.group?.bareInfinitive || i === 0) return true;
    const prev = drafts[i - 1]!;
    if (prev.type !== d.type || prev.match.last >= d.match.head) return true;
    if (!prev.target.length) prev.target = d.target;
    return false;
  });
}
