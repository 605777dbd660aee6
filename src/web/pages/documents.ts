import { get, type DocumentSummary } from '../api.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { title, type PageContext } from './common.js';

const PAGE = 50;

/** Stored documents, newest first. */
export async function documentsPage(ctx: PageContext): Promise<void> {
  const offset = Math.max(0, Number(ctx.route.params.get('offset')) || 0);
  const r = await get<{ total: number; documents: DocumentSummary[] }>('/documents', { limit: PAGE, offset }, ctx.signal);
  replace(ctx.main,
    title('Documents'),
    h('p', { class: 'muted' }, `${r.total} documents, newest first`),
    h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Document'), h('th', { scope: 'col', class: 'num' }, 'Characters'))),
      h('tbody', {}, r.documents.map((d) => h('tr', {},
        h('td', { class: 'date' }, d.date), h('td', {}, h('a', { href: href('document', d.id) }, d.title ?? d.id)), h('td', { class: 'num' }, d.length.toLocaleString('en')))))),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      offset > 0 ? h('a', { href: href('documents', null, { offset: Math.max(0, offset - PAGE) }) }, '← Newer') : null,
      offset + PAGE < r.total ? h('a', { href: href('documents', null, { offset: offset + PAGE }) }, 'Older →') : null));
}
