import { table } from '../format/table.js';
import type { Command } from 'commander';
import { claims } from '../../services/queries/claims.js';
import { printJson } from '../output.js';
import { asOfDate, withKnowledgeBase, withQueryOptions, type KbQueryOptions } from './kb-command.js';

export function registerClaims(program: Command): void {
  withQueryOptions(program
    .command('claims')
    .description('claims across documents, each with its dated history and current status')
    .option('--entity <id>', 'only claims about this entity (id or name)'))
    .action(async (opts: KbQueryOptions & { entity?: string }) => {
      const asOf = asOfDate(opts.asOf);
      const rows = await withKnowledgeBase(opts, (kb) => claims(kb, { entity: opts.entity, asOf }));
      if (opts.json) return printJson(rows);
      const t = table({ head: ['claim', 'status', 'history (date status doc — according to)'], wordWrap: true, colWidths: [34, 13, 70] });
      for (const c of rows) {
        t.push([c.summary, c.status, c.history.map((h) => `${h.date} ${h.status} ${h.doc}${h.attribution.length ? ` — ${h.attribution.map((a) => a.text).join('; ')}` : ''}`).join('\n')]);
      }
      process.stdout.write(`claims${opts.entity ? ` about ${opts.entity}` : ''} as of ${asOf}\n${t.toString()}\n`);
    });
}
