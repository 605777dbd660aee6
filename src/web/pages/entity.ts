import { get, seg, type EntityOut, type Timeline, type TimelineEntry } from '../api.js';
import { chip, EVENT_STATUSES, legend } from '../components/status.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { asOfParam, shortName, title, type PageContext } from './common.js';

const PAGE = 50;

/** An entity: what the base knows of it and its timeline, each event with status, attribution and a link to its sentence. */
export async function entityPage(ctx: PageContext): Promise<void> {
  const ref = ctx.route.id ?? '';
  const asOf = asOfParam(ctx.route);
  const [e, t] = await Promise.all([
    get<EntityOut>(`/entities/${seg(ref)}`, { asOf }, ctx.signal),
    get<Timeline>(`/entities/${seg(ref)}/timeline`, { asOf, limit: PAGE }, ctx.signal),
  ]);
  const list = h('ol', { class: 'timeline' }, t.events.map(eventItem));
  const more = h('button', { type: 'button', class: 'more' }, 'Show more events');
  let shown = t.events.length;
  more.hidden = shown >= t.total;
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await get<Timeline>(`/entities/${seg(e.id)}/timeline`, { asOf, limit: PAGE, offset: shown }, ctx.signal);
    for (const ev of next.events) list.appendChild(eventItem(ev));
    shown += next.events.length;
    more.hidden = shown >= next.total || !next.events.length;
    more.disabled = false;
  });
  replace(ctx.main,
    title(e.name, h('span', { class: 'kind' }, e.kind ?? 'entity')),
    h('dl', { class: 'facts' },
      fact('Id', e.id), e.state && e.state !== e.id ? fact('State', h('a', { href: href('entity', e.state, { asOf }) }, e.state)) : null,
      e.role ? fact('Role', e.role) : null,
      fact('Documents', `${e.documents} (${e.mentions} mentions)`),
      e.firstSeen ? fact('Seen', `${e.firstSeen} – ${e.lastSeen}`) : null,
      e.trackRecord ? fact('Predictions', `${e.trackRecord.fulfilled} fulfilled, ${e.trackRecord.failed} failed, ${e.trackRecord.pending} pending`) : null),
    e.memberships.length ? h('section', {}, h('h2', {}, 'Agreements'), h('ul', { class: 'chips-list' }, e.memberships.map((m) => h('li', {},
      h('a', { href: href('agreement', m.agreement, { asOf }) }, shortName(m.agreement)), ' ', chip(m.status), h('span', { class: 'muted small' }, ` since ${m.since}`))))) : null,
    e.members.length ? h('section', {}, h('h2', {}, 'Members'), h('p', {}, h('a', { href: href('agreement', e.id, { asOf }) }, `See the ${e.members.length} members on the agreement page →`))) : null,
    h('section', {}, h('h2', {}, `Timeline as of ${asOf}`, h('span', { class: 'muted small' }, ` ${t.total} event${t.total === 1 ? '' : 's'}`)),
      legend(EVENT_STATUSES.slice(0, 5), 'Status'),
      t.events.length ? list : h('p', { class: 'muted' }, 'No event on record.'), more));
}

function fact(label: string, value: Node | string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function actors(ids: readonly string[]): (Node | string)[] {
  return ids.flatMap((id, i) => [i ? ', ' : '', h('a', { href: href('entity', id) }, shortName(id))]);
}

function eventItem(ev: TimelineEntry): HTMLElement {
  const what = [ev.type.toLowerCase(), ev.mode].filter(Boolean).join(' · ');
  return h('li', { class: `event st-border-${ev.status}` },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, ev.date), chip(ev.status), h('span', { class: 'event-type' }, what),
      ev.source.length ? h('span', { class: 'actors' }, actors(ev.source)) : null,
      ev.target.length ? h('span', { class: 'actors' }, '→ ', actors(ev.target)) : null,
      ev.agreement ? h('a', { class: 'agreement-link', href: href('agreement', ev.agreement) }, shortName(ev.agreement)) : null),
    h('blockquote', { class: 'evidence' }, ev.evidence.text),
    h('div', { class: 'event-foot small' },
      ev.attribution.length ? h('span', { class: 'attribution' }, 'according to ', ev.attribution.map((a, i) => [i ? '; ' : '',
        a.entity ? h('a', { href: href('entity', a.entity) }, a.text) : a.text])) : h('span', { class: 'muted' }, 'no attribution'),
      h('a', { class: 'source-link', href: href('document', ev.doc, { span: `${ev.evidence.start}-${ev.evidence.end}` }) },
        `source sentence · ${ev.doc} (${ev.docDate})`)));
}
