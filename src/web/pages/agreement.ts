import { get, seg, type AgreementOut, type MemberOut, type Members } from '../api.js';
import { asOfSlider } from '../components/as-of-slider.js';
import { chip, legend, STAGES } from '../components/status.js';
import { worldMap } from '../components/world-map.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { asOfParam, showError, title, today, type PageContext } from './common.js';

/** An agreement: its members with status and dates, a map coloured by status, and an as-of slider replaying membership. */
export async function agreementPage(ctx: PageContext): Promise<void> {
  const ref = ctx.route.id ?? '';
  const asOf = asOfParam(ctx.route);
  const [a, first] = await Promise.all([
    get<AgreementOut>(`/agreements/${seg(ref)}`, { asOf }, ctx.signal),
    get<Members>(`/agreements/${seg(ref)}/members`, { asOf }, ctx.signal),
  ]);
  const table = h('div', { class: 'members', 'aria-live': 'polite' });
  const heading = h('h2', {});
  let current = asOf;
  const map = await worldMap((iso3) => href('entity', iso3, { asOf: current }));
  let inflight: AbortController | null = null;
  const show = (m: Members) => {
    current = m.asOf;
    heading.textContent = `${m.members.length} member state${m.members.length === 1 ? '' : 's'} as of ${m.asOf}`;
    map.update(new Map(m.members.map((x) => [x.state, x.status])));
    replace(table, memberTable(m.members, m.asOf));
  };
  const marks = first.members.map((m) => m.since);
  const slider = asOfSlider({
    from: a.firstDate ?? marks.sort()[0] ?? asOf, to: today() > asOf ? today() : asOf, value: asOf, marks,
    onChange: async (date) => {
      inflight?.abort();
      inflight = new AbortController();
      ctx.signal.addEventListener('abort', () => inflight?.abort());
      history.replaceState(null, '', href('agreement', a.id, { asOf: date }));
      try {
        show(await get<Members>(`/agreements/${seg(a.id)}/members`, { asOf: date }, inflight.signal));
      } catch (err) {
        if (!(err instanceof DOMException && err.name === 'AbortError')) showError(ctx.main, err);
      }
    },
  });
  replace(ctx.main,
    title(a.name),
    a.description ? h('p', { class: 'lead' }, a.description) : null,
    h('section', { class: 'map-panel', 'aria-label': 'Membership over time' },
      slider, legend(STAGES, 'Status'), h('div', { class: 'map-wrap' }, map.el)),
    h('section', {}, heading, table),
    a.sources.length ? h('section', { class: 'sources' }, h('h2', {}, 'Reference sources'),
      h('ul', {}, a.sources.map((s) => h('li', {}, externalLink(s))))) : null);
  show(first);
}

function memberTable(members: readonly MemberOut[], asOf: string): HTMLElement {
  if (!members.length) return h('p', { class: 'muted' }, 'No member on record as of this date.');
  return h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'State'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Since'), h('th', { scope: 'col' }, 'Sources'))),
    h('tbody', {}, members.map((m) => h('tr', { 'data-state': m.state },
      h('th', { scope: 'row' }, h('a', { href: href('entity', m.state, { asOf }) }, m.name), h('span', { class: 'muted small' }, ` ${m.state}`)),
      h('td', {}, chip(m.status)),
      h('td', { class: 'date' }, m.since),
      h('td', { class: 'sources-cell' }, m.sources.map((s) => sourceLink(s)))))));
}

/** A document source opens the article at its sentence; a reference source is its URL. */
function sourceLink(s: MemberOut['sources'][number]): HTMLElement {
  if (s.start === null || s.end === null) return h('span', { class: 'source ref' }, externalLink(s.doc, 'reference'));
  return h('a', { class: 'source', href: href('document', s.doc, { span: `${s.start}-${s.end}` }) }, s.doc);
}

function externalLink(url: string, label?: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', {}, url);
  return h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank', title: url }, label ?? url);
}
