import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import type { ExtractionOut } from '../../core/contract.js';
import { errorLine } from '../../core/errors.js';
import { parseSize } from '../../readers/size.js';
import { extractJsonlStream, inThread } from '../../services/jsonl-extract.js';
import type { LineBatch } from '../../services/jsonl-lines.js';
import { createExtractionPool } from '../../services/parallel/extract-pool.js';
import { useExtractionFlags } from '../../services/parallel/v8-flags.js';
import { printJson } from '../output.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, times, quotes, events and predictions (no database)')
    .argument('[files...]', 'text, .html, RSS/Atom .xml or .jsonl files')
    .option('--date <YYYY-MM-DD>', 'document date, overriding any dateline')
    .option('--jsonl', 'read {id,date,text,title?} lines from stdin, write one result a line')
    .option('--threads <n>', 'extraction processes for --jsonl (default: all cores; 1 extracts in this process)', (v) => Number.parseInt(v, 10))
    .option('--max-size <size>', 'largest document to read, e.g. 10MB (default)', parseSize)
    .option('--json', 'print JSON')
    .action(async (files: string[], opts: ExtractOptions) => {
      if (opts.jsonl) {
        await extractJsonl(opts);
        return;
      }
      if (!files.length) throw new Error('give one or more files, or --jsonl');
      // The file readers (and the table printer) are loaded only for files, never for the --jsonl stream.
      const { readFileItems } = await import('../../readers/read-file.js');
      const extractor = (await import('../../services/extractor.js')).createExtractor();
      const results: ExtractionOut[] = [];
      let failed = 0;
      for (const f of files) {
        for await (const item of readFileItems(f, { date: opts.date, maxSize: opts.maxSize })) {
          if (item.kind === 'rejected') {
            failed++;
            process.stderr.write(`accords: ${item.error} (${item.input})\n`);
            continue;
          }
          for (const w of item.doc.warnings) process.stderr.write(`accords: warning: ${w} (${item.doc.origin})\n`);
          try {
            results.push(extractor.extract(item.doc));
          } catch (err) {
            failed++;
            process.stderr.write(errorLine(err, item.doc.origin) + '\n');
          }
        }
      }
      if (opts.json) printJson(results);
      else {
        const { formatExtraction } = await import('../format/extraction-table.js');
        for (const r of results) process.stdout.write(formatExtraction(r) + '\n');
      }
      if (failed) process.exitCode = 1;
    });
}

interface ExtractOptions { date?: string; jsonl?: boolean; json?: boolean; threads?: number; maxSize?: number }

async function extractJsonl(opts: ExtractOptions): Promise<void> {
  const threads = opts.threads ?? availableParallelism();
  if (threads <= 1) {
    // Before the extractor's code is compiled (see v8-flags.ts).
    useExtractionFlags();
    const { createExtractor } = await import('../../services/extractor.js');
    await extractJsonlStream(process.stdin, process.stdout, inThread(createExtractor(), opts.date));
    return;
  }
  const pool = createExtractionPool(threads);
  try {
    const run = async (b: LineBatch) => {
      const r = await pool.run({ task: 'jsonl', ...b, date: opts.date });
      return 'output' in r ? r : { output: new Uint8Array(), ok: 0, failed: 0 };
    };
    // Batches of 64 lines: a quarter of the frames of 16-line batches, 40% less CPU in this process.
    await extractJsonlStream(process.stdin, process.stdout, run, { inFlight: threads * 3, batchLines: 64 });
  } finally {
    await pool.close();
  }
}
