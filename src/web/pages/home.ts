import { get, type AgreementOut, type DocumentSummary } from '../api.js';
import { chip, STAGES } from '../components/status.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { asOfParam, title, type PageContext } from './common.js';

/** The start page: every agreement with its members by status, and the latest documents. */
export async function homePage(ctx: PageContext): Promise<void> {
  const asOf = asOfParam(ctx.route);
  const [agreements, docs] = await Promise.all([
    get<{ agreements: AgreementOut[] }>('/agreements', { asOf }, ctx.signal),
    get<{ total: number; documents: DocumentSummary[] }>('/documents', { limit: 8 }, ctx.signal),
  ]);
  replace(ctx.main,
    title('Agreements'),
    h('p', { class: 'lead' }, `Who is in which agreement as of ${asOf}, from the documents and curated reference data in this knowledge base.`),
    h('ul', { class: 'cards' }, agreements.agreements.map((a) => h('li', { class: 'card' },
      h('h2', {}, h('a', { href: href('agreement', a.id) }, a.name)),
      a.description ? h('p', { class: 'muted clamp' }, a.description) : null,
      h('p', { class: 'chips' }, STAGES.filter(([k]) => a.members[k]).map(([k]) => [chip(k), h('span', { class: 'count' }, String(a.members[k]))]),
        Object.keys(a.members).length ? null : h('span', { class: 'muted' }, 'no members on record')),
      a.firstDate ? h('p', { class: 'muted small' }, `On record since ${a.firstDate}`) : null))),
    h('h2', {}, 'Latest documents'),
    h('ul', { class: 'doc-list' }, docs.documents.map((d) => h('li', {},
      h('span', { class: 'date' }, d.date), ' ', h('a', { href: href('document', d.id) }, d.title ?? d.id)))),
    h('p', {}, h('a', { href: href('documents') }, `All ${docs.total} documents →`)));
}
