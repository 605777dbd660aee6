import { get, type SearchResult } from '../api.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { title, type PageContext } from './common.js';

const PAGE = 20;

/** Full-text search results, each with an excerpt whose matches are marked. */
export async function searchPage(ctx: PageContext): Promise<void> {
  const q = ctx.route.params.get('q')?.trim() ?? '';
  const offset = Math.max(0, Number(ctx.route.params.get('offset')) || 0);
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (input) input.value = q;
  if (!q) {
    replace(ctx.main, title('Search'), h('p', { class: 'muted' }, 'Type words in the search box: every word must match; "quote a phrase"; end a word with * to match its beginning.'));
    return;
  }
  const r = await get<SearchResult>('/search', { q, limit: PAGE, offset }, ctx.signal);
  replace(ctx.main,
    title(`Search: ${q}`),
    h('p', { class: 'muted' }, r.total ? `${r.total} document${r.total === 1 ? '' : 's'}, best first` : 'No document matches.'),
    h('ol', { class: 'hits', start: offset + 1 }, r.hits.map((hit) => h('li', {},
      h('a', { class: 'hit-title', href: href('document', hit.id) }, hit.title ?? hit.id),
      h('span', { class: 'date small' }, ` ${hit.date}`),
      h('p', { class: 'snippet' }, marked(hit.snippet))))),
    h('nav', { class: 'pager', 'aria-label': 'Result pages' },
      offset > 0 ? h('a', { href: href('search', null, { q, offset: Math.max(0, offset - PAGE) }) }, '← Previous') : null,
      offset + PAGE < r.total ? h('a', { href: href('search', null, { q, offset: offset + PAGE }) }, 'Next →') : null));
}

/** The excerpt as text with <mark> nodes around the matches. */
function marked(s: SearchResult['hits'][number]['snippet']): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of s.marks) {
    out.push(s.text.slice(at, m.start), h('mark', {}, s.text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(s.text.slice(at));
  return out;
}
