import { table } from '../format/table.js';
import type { Command } from 'commander';
import { predictions, trackRecords } from '../../services/queries/predictions.js';
import { printJson } from '../output.js';
import { asOfDate, withKnowledgeBase, withQueryOptions, type KbQueryOptions } from './kb-command.js';

export function registerPredictions(program: Command): void {
  withQueryOptions(program
    .command('predictions')
    .description('predictions with their outcome as of a date, and each predictor\'s track record')
    .option('--predictor <id>', 'only this predictor\'s predictions'))
    .action(async (opts: KbQueryOptions & { predictor?: string }) => {
      const asOf = asOfDate(opts.asOf);
      const rows = await withKnowledgeBase(opts, (kb) => predictions(kb, { asOf, predictor: opts.predictor }));
      if (opts.json) return printJson(rows);
      const t = table({ head: ['predictor', 'made on', 'deadline', 'predicted', 'outcome'], wordWrap: true, colWidths: [26, 11, 12, 50, 24] });
      for (const p of rows) {
        const e = p.event;
        t.push([p.predictor, p.madeOn ?? '', p.deadline ?? '', `${e.source.join(', ') || 'another state'} ${e.mode ?? e.type.toLowerCase()}${e.agreement ? ` ${e.agreement}` : ''}\n“${p.text}”`,
          `${p.outcome}${p.resolvedBy ? `\n${p.resolvedBy.doc}` : ''}`]);
      }
      const r = table({ head: ['predictor', 'fulfilled', 'failed', 'pending'] });
      for (const x of trackRecords(rows)) r.push([x.predictor, x.fulfilled, x.failed, x.pending]);
      process.stdout.write(`predictions as of ${asOf}\n${t.toString()}\ntrack records\n${r.toString()}\n`);
    });
}
