import { table } from '../format/table.js';
import type { Command } from 'commander';
import { members } from '../../services/queries/members.js';
import { printJson } from '../output.js';
import { asOfDate, withKnowledgeBase, withQueryOptions, type KbQueryOptions } from './kb-command.js';

export function registerMembers(program: Command): void {
  withQueryOptions(program
    .command('members')
    .description('who is in an agreement as of a date, since when, and says who')
    .argument('<agreement>', 'a name or alias ("Abraham Accords") or an id ("agreement:abraham-accords")'))
    .action(async (agreement: string, opts: KbQueryOptions) => {
      const asOf = asOfDate(opts.asOf);
      const rows = await withKnowledgeBase(opts, (kb) => members(kb, agreement, asOf));
      if (opts.json) return printJson(rows);
      const t = table({ head: ['state', 'name', 'status', 'since', 'sources'], wordWrap: true, colWidths: [7, 26, 11, 12, 60] });
      for (const r of rows) t.push([r.state, r.name, r.status, r.since, r.sources.map((s) => (s.start === null ? s.doc : `${s.doc} [${s.start}-${s.end}]`)).join('\n')]);
      process.stdout.write(`${agreement} as of ${asOf}\n${t.toString()}\n`);
    });
}
