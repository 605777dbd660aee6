import { ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import type { Route } from '../router.js';

/**
 * What a page renders into and from: its container, the place asked for, and a signal that
 * aborts when the reader goes elsewhere.
 *
 * @example { main: document.getElementById('main'), route: parseRoute(location.hash), signal }
 */
export interface PageContext {
  main: HTMLElement;
  route: Route;
  signal: AbortSignal;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The `asOf` parameter when it is a date, else today. */
export function asOfParam(route: Route): string {
  const v = route.params.get('asOf');
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : today();
}

export function showError(main: HTMLElement, err: unknown): void {
  if (err instanceof DOMException && err.name === 'AbortError') return;
  const msg = err instanceof ApiError ? err.message : 'The explorer could not reach the server.';
  replace(main, h('div', { class: 'error', role: 'alert' }, h('h1', {}, err instanceof ApiError && err.status === 404 ? 'Not found' : 'Something went wrong'), h('p', {}, msg),
    h('p', {}, h('a', { href: '#/' }, 'Back to the agreements'))));
}

export function title(text: string, ...rest: (Node | string)[]): HTMLElement {
  document.title = `${text} · Accords`;
  return h('h1', {}, text, ...rest);
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a']);

/** A display of an entity id when no name is at hand ("agreement:abraham-accords" → "Abraham Accords"). */
export function shortName(id: string): string {
  if (!id.includes(':')) return id;
  return id.slice(id.indexOf(':') + 1).split('-')
    .map((w, i) => (i > 0 && MINOR.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}
