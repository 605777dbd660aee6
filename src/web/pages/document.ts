import { get, seg as encode, type DocumentExtraction } from '../api.js';
import { segments, type Layer } from '../components/segments.js';
import { chip } from '../components/status.js';
import { h, replace, type Child } from '../dom.js';
import { href } from '../router.js';
import { shortName, title, type PageContext } from './common.js';

type Kind = Exclude<Layer['layer'], 'focus'>;
const KINDS: readonly (readonly [Kind, string])[] = [['entity', 'Entities'], ['time', 'Times'], ['quote', 'Quotes'], ['event', 'Events']];

/**
 * An article: its text with entities, times, quotes and events highlighted; hovering or clicking
 * a highlight (or a record in the list) shows the extracted record. The text is only ever
 * inserted as text nodes.
 */
export async function documentPage(ctx: PageContext): Promise<void> {
  const x = await get<DocumentExtraction>(`/documents/${encode(ctx.route.id ?? '')}`, {}, ctx.signal);
  const records = recordsOf(x);
  const focus = /^(\d+)-(\d+)$/.exec(ctx.route.params.get('span') ?? '');
  const layers: Layer[] = [...records.values()].flatMap((r) => r.spans.map((s) => ({ ...s, layer: r.kind, ref: r.ref })));
  if (focus) layers.push({ start: Number(focus[1]), end: Number(focus[2]), layer: 'focus', ref: 'focus' });
  const detail = h('div', { class: 'record', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Hover or click a highlight to see what was extracted.'));
  const text = h('div', { class: 'article-text show-entity show-time show-quote show-event' });
  for (const s of segments(x.doc.text.length, layers)) {
    const piece = x.doc.text.slice(s.start, s.end);
    if (!s.layers.length) { text.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(s.layers.map((l) => `hl-${l.layer}`))].join(' ');
    const el = h('span', { class: `seg ${kinds}`, 'data-refs': s.layers.filter((l) => l.layer !== 'focus').map((l) => l.ref).join(' ') }, piece);
    text.appendChild(el);
  }
  const select = (ref: string | undefined, scroll = false) => {
    const r = ref ? records.get(ref) : undefined;
    if (!r) return;
    for (const el of Array.from(text.querySelectorAll('.selected'))) el.classList.remove('selected');
    const els = Array.from(text.querySelectorAll<HTMLElement>('.seg')).filter((el) => (el.dataset.refs ?? '').split(' ').includes(ref!));
    for (const el of els) el.classList.add('selected');
    if (scroll) els[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    replace(detail, r.render());
  };
  // The innermost record is the one a reader points at: a name inside a quote inside a sentence.
  const innermost = (el: HTMLElement) => (el.dataset.refs ?? '').split(' ').filter((r) => records.has(r))
    .sort((a, b) => records.get(a)!.size - records.get(b)!.size)[0];
  text.addEventListener('mouseover', (e) => { const el = (e.target as HTMLElement).closest<HTMLElement>('.seg'); if (el) select(innermost(el)); });
  text.addEventListener('click', (e) => { const el = (e.target as HTMLElement).closest<HTMLElement>('.seg'); if (el) select(innermost(el)); });
  const toggles = h('fieldset', { class: 'toggles' }, h('legend', {}, 'Highlight'), KINDS.map(([k, label]) => {
    const box = h('input', { type: 'checkbox', checked: true, id: `show-${k}` });
    box.addEventListener('change', () => text.classList.toggle(`show-${k}`, box.checked));
    return h('label', { for: `show-${k}`, class: `toggle hl-${k}` }, box, ` ${label} (${[...records.values()].filter((r) => r.kind === k).length})`);
  }));
  const lists = KINDS.map(([k, label]) => {
    const items = [...records.values()].filter((r) => r.kind === k);
    return items.length ? h('details', { class: 'record-list', open: k === 'event' },
      h('summary', {}, `${label} (${items.length})`),
      h('ul', {}, items.map((r) => h('li', {}, h('button', { type: 'button', class: `linklike hl-${k}`, onclick: () => select(r.ref, true) }, r.label))))) : null;
  });
  replace(ctx.main,
    title(x.doc.title ?? x.doc.id),
    h('p', { class: 'muted' }, x.doc.date, x.doc.title ? ` · ${x.doc.id}` : '',
      x.doc.url && /^https?:\/\//i.test(x.doc.url) ? [' · ', h('a', { href: x.doc.url, rel: 'noopener noreferrer external', target: '_blank' }, 'original')] : null),
    h('div', { class: 'article' },
      h('article', { 'aria-label': 'Document text' }, toggles, text),
      h('aside', { class: 'side', 'aria-label': 'Extracted records' }, h('h2', {}, 'Record'), detail, lists)));
  if (focus) text.querySelector('.hl-focus')?.scrollIntoView({ block: 'center' });
}

interface RecordView { ref: string; kind: Kind; label: string; size: number; spans: { start: number; end: number }[]; render(): Child }

function recordsOf(x: DocumentExtraction): Map<string, RecordView> {
  const out = new Map<string, RecordView>();
  const add = (r: Omit<RecordView, 'size'>) => out.set(r.ref, { ...r, size: Math.min(...r.spans.map((s) => s.end - s.start)) });
  for (const e of x.entities) add({
    ref: `e:${e.id}`, kind: 'entity', label: `${e.name} (${e.mentions.length})`, spans: e.mentions,
    render: () => card('Entity', [['Name', h('a', { href: href('entity', e.id) }, e.name)], ['Kind', e.kind], ['Id', e.id], ['State', e.state], ['Mentions', String(e.mentions.length)]]),
  });
  x.times.forEach((t, i) => add({
    ref: `t:${i}`, kind: 'time', label: `${t.text} → ${t.value ?? '?'}`, spans: [t],
    render: () => card('Time', [['Text', t.text], ['Type', t.type], ['Value', t.value]]),
  }));
  x.quotes.forEach((q, i) => add({
    ref: `q:${i}`, kind: 'quote', label: `${q.speakerText ?? 'unattributed'}: ${clip(q.text)}`, spans: [q],
    render: () => card('Quote', [['Speaker', q.speaker ? h('a', { href: href('entity', q.speaker) }, q.speakerText ?? q.speaker) : q.speakerText], ['Text', q.text]]),
  }));
  x.events.forEach((e) => {
    const prediction = x.predictions.find((p) => p.event === e.idx);
    add({
      ref: `ev:${e.idx}`, kind: 'event', label: `${e.type.toLowerCase()}${e.mode ? ` · ${e.mode}` : ''}: ${clip(e.evidence.text)}`, spans: [e.evidence],
      render: () => card('Event', [
        ['Type', [e.type, e.mode].filter(Boolean).join(' · ')], ['Status', chip(e.status)], ['Date', e.date],
        ['Time', e.time ? `${e.time.text} (${e.time.value ?? '?'})` : null],
        ['Source', parties(e.source)], ['Target', parties(e.target)],
        ['Agreement', e.agreement ? h('a', { href: href('agreement', e.agreement) }, shortName(e.agreement)) : null],
        ['Attribution', e.attribution.length ? e.attribution.map((a, i) => [i ? '; ' : '', a.text]) : null],
        ['Prediction', prediction ? `by ${shortName(prediction.predictor)}${prediction.deadline ? `, due ${prediction.deadline}` : ''}` : null],
        ['CAMEO', e.cameo],
      ]),
    });
  });
  return out;
}

function parties(list: readonly { entity: string; state: string | null }[]): Child {
  return list.length ? list.map((p, i) => [i ? ', ' : '', h('a', { href: href('entity', p.state ?? p.entity) }, shortName(p.entity))]) : null;
}

function card(kind: string, rows: readonly (readonly [string, Child])[]): HTMLElement {
  return h('div', { class: 'card-record' }, h('h3', {}, kind), h('dl', {}, rows.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}

function clip(s: string, n = 70): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
