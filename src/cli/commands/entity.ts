import type { Command } from 'commander';
import { entityInfo } from '../../services/queries/entity.js';
import { printJson } from '../output.js';
import { asOfDate, withKnowledgeBase, withQueryOptions, type KbQueryOptions } from './kb-command.js';

export function registerEntity(program: Command): void {
  withQueryOptions(program
    .command('entity')
    .description('what the knowledge base knows of an entity')
    .argument('<entity>', 'an id ("KAZ", "person:donald-trump") or a name'))
    .action(async (entity: string, opts: KbQueryOptions) => {
      const asOf = asOfDate(opts.asOf);
      const e = await withKnowledgeBase(opts, (kb) => entityInfo(kb, entity, asOf));
      if (opts.json) return printJson(e);
      const lines = [
        `${e.name} (${e.id})${e.kind ? `, ${e.kind}` : ''}${e.role ? `, ${e.role}` : ''}${e.state && e.state !== e.id ? ` of ${e.state}` : ''}`,
        `as of ${asOf}: ${e.mentions} mentions in ${e.documents} documents${e.firstSeen ? ` (${e.firstSeen} .. ${e.lastSeen})` : ''}`,
        ...e.memberships.map((m) => `member of ${m.agreement}: ${m.status} since ${m.since}`),
        ...e.members.map((m) => `member ${m.state}: ${m.status} since ${m.since}`),
        `claims: ${e.claims.total}${Object.keys(e.claims.byStatus).length ? ` (${Object.entries(e.claims.byStatus).map(([k, v]) => `${v} ${k}`).join(', ')})` : ''}`,
        ...(e.trackRecord ? [`predictions: ${e.trackRecord.fulfilled} fulfilled, ${e.trackRecord.failed} failed, ${e.trackRecord.pending} pending`] : []),
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}
