/**
 * A place in the explorer, read from the URL hash: `#/agreement/agreement%3Aabraham-accords?asOf=2021-01-01`.
 *
 * @example { page: 'agreement', id: 'agreement:abraham-accords', params: URLSearchParams { asOf: '2021-01-01' } }
 */
export interface Route {
  page: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const [page = '', ...rest] = path.split('/');
  const id = rest.length ? safeDecode(rest.join('/')) : null;
  return { page: page || 'home', id, params: new URLSearchParams(query) };
}

/** The hash for a place; parameters with no value are left out. */
export function href(page: string, id?: string | null, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
