import { h } from '../dom.js';

/** Membership stages, event statuses and prediction outcomes, each with its label; colours live in style.css as `.st-<key>`. */
export const STAGES = [['expected', 'Expected'], ['announced', 'Announced'], ['signed', 'Signed'], ['in_force', 'In force'], ['withdrawn', 'Withdrawn']] as const;
export const EVENT_STATUSES = [['occurred', 'Occurred'], ['ongoing', 'Ongoing'], ['expected', 'Expected'], ['possible', 'Possible'], ['denied', 'Denied'], ['contradicted', 'Contradicted']] as const;
export const OUTCOMES = [['pending', 'Pending'], ['fulfilled', 'Fulfilled'], ['failed', 'Failed']] as const;

const LABELS = new Map<string, string>([...STAGES, ...EVENT_STATUSES, ...OUTCOMES]);

export function statusLabel(status: string): string {
  return LABELS.get(status) ?? status.replace(/_/g, ' ');
}

/** A coloured chip for a status (the text says it too: colour is never the only cue). */
export function chip(status: string): HTMLElement {
  return h('span', { class: `chip st-${status.replace(/[^a-z_]/g, '')}` }, statusLabel(status));
}

/** A legend of the given statuses. */
export function legend(items: readonly (readonly [string, string])[], title: string): HTMLElement {
  return h('div', { class: 'legend', role: 'list', 'aria-label': title },
    h('span', { class: 'legend-title' }, title),
    items.map(([key, label]) => h('span', { class: 'legend-item', role: 'listitem' }, h('span', { class: `swatch st-${key}` }), label)));
}
