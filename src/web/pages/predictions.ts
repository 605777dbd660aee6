import { get, type PredictionOut, type TrackRecord } from '../api.js';
import { chip, legend, OUTCOMES } from '../components/status.js';
import { h, replace } from '../dom.js';
import { href } from '../router.js';
import { asOfParam, title, type PageContext } from './common.js';

/** The predictions board: for each predictor, their record and their predictions by outcome. */
export async function predictionsPage(ctx: PageContext): Promise<void> {
  const asOf = asOfParam(ctx.route);
  const [{ predictors }, { predictions }] = await Promise.all([
    get<{ predictors: TrackRecord[] }>('/predictors', { asOf }, ctx.signal),
    get<{ predictions: PredictionOut[] }>('/predictions', { asOf }, ctx.signal),
  ]);
  const total = (o: string) => predictions.filter((p) => p.outcome === o).length;
  replace(ctx.main,
    title('Predictions'),
    h('p', { class: 'lead' }, `As of ${asOf}: ${total('pending')} pending, ${total('fulfilled')} fulfilled, ${total('failed')} failed. `
      + 'A prediction fails when its deadline passes with no document confirming the event.'),
    legend(OUTCOMES, 'Outcome'),
    predictors.length ? predictors.map((r) => h('section', { class: 'predictor' },
      h('h2', {}, h('a', { href: href('entity', r.predictor, { asOf }) }, r.name),
        h('span', { class: 'record-line' }, ` ${r.fulfilled} fulfilled · ${r.failed} failed · ${r.pending} pending`)),
      h('div', { class: 'board' }, OUTCOMES.map(([o]) => {
        const mine = predictions.filter((p) => p.predictor === r.predictor && p.outcome === o);
        return h('div', { class: 'column' }, h('h3', {}, chip(o), h('span', { class: 'muted' }, ` ${mine.length}`)), h('ul', {}, mine.map(card)));
      })))) : h('p', { class: 'muted' }, 'No prediction on record.'));
}

function card(p: PredictionOut): HTMLElement {
  return h('li', { class: `prediction st-border-${p.outcome}` },
    h('p', { class: 'prediction-text' }, p.text),
    h('p', { class: 'small muted' },
      p.madeOn ? `made ${p.madeOn}` : 'made ?', p.deadline ? ` · due ${p.deadline}` : ' · no deadline',
      ' · ', h('a', { href: href('document', p.doc) }, 'source'),
      p.resolvedBy ? [' · resolved by ', h('a', { href: href('document', p.resolvedBy.doc) }, p.resolvedBy.doc), p.resolvedOn ? ` (${p.resolvedOn})` : ''] : null));
}
