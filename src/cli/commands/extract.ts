import type { Command } from 'commander';
import type { ExtractionOut } from '../../core/contract.js';
import { errorLine } from '../../core/errors.js';
import { readDocumentsFromFile } from '../../readers/read-file.js';
import { createExtractor } from '../../services/extractor.js';
import { printJson } from '../output.js';
import { formatExtraction } from '../format/extraction-table.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, times, quotes, events and predictions (no database)')
    .argument('[files...]', 'text or .html files')
    .option('--date <YYYY-MM-DD>', 'document date, overriding any dateline')
    .option('--jsonl', 'read {id,date,text,title?} lines from stdin, write one result a line')
    .option('--json', 'print JSON')
    .action(async (files: string[], opts: { date?: string; jsonl?: boolean; json?: boolean }) => {
      const extractor = createExtractor();
      if (opts.jsonl) {
        const { extractJsonlStream } = await import('../../services/jsonl-extract.js');
        await extractJsonlStream(process.stdin, process.stdout, extractor, { date: opts.date });
        return;
      }
      if (!files.length) throw new Error('give one or more files, or --jsonl');
      const results: ExtractionOut[] = [];
      let failed = 0;
      for (const f of files) {
        try {
          for (const doc of readDocumentsFromFile(f, { date: opts.date })) results.push(extractor.extract(doc));
        } catch (err) {
          failed++;
          process.stderr.write(errorLine(err, f) + '\n');
        }
      }
      if (opts.json) printJson(results);
      else for (const r of results) process.stdout.write(formatExtraction(r) + '\n');
      if (failed) process.exitCode = 1;
    });
}
