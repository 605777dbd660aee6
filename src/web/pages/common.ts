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

/** A short display of an entity id when no name is known ("person:donald-trump" → "donald trump"). */
export function shortName(id: string): string {
  return id.includes(':') ? id.slice(id.indexOf(':') + 1).replace(/-/g, ' ') : id;
}
