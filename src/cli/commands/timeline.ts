import { table } from '../format/table.js';
import type { Command } from 'commander';
import { timeline } from '../../services/queries/timeline.js';
import { printJson } from '../output.js';
import { asOfDate, withKnowledgeBase, withQueryOptions, type KbQueryOptions } from './kb-command.js';

export function registerTimeline(program: Command): void {
  withQueryOptions(program
    .command('timeline')
    .description('an entity\'s events in date order, with status and source')
    .argument('<entity>', 'an id ("KAZ", "person:donald-trump") or a name'))
    .action(async (entity: string, opts: KbQueryOptions) => {
      const asOf = asOfDate(opts.asOf);
      const out = await withKnowledgeBase(opts, (kb) => timeline(kb, entity, asOf));
      if (opts.json) return printJson(out);
      const t = table({ head: ['date', 'event', 'status', 'evidence (doc)'], wordWrap: true, colWidths: [12, 34, 11, 70] });
      for (const e of out.events) {
        t.push([e.date, `${e.source.join(', ') || '?'} ${e.mode ?? e.type.toLowerCase()} ${e.agreement ?? e.target.join(', ')}`, e.status, `${e.evidence.text}\n(${e.doc})`]);
      }
      process.stdout.write(`timeline of ${out.entity} as of ${asOf}\n${t.toString()}\n`);
    });
}
