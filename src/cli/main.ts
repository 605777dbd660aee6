import { Command, CommanderError } from 'commander';
import { AccordsError, errorLine } from '../core/errors.js';
import { registerClaims } from './commands/claims.js';
import { registerDemo } from './commands/demo.js';
import { registerEntity } from './commands/entity.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerMembers } from './commands/members.js';
import { registerPredictions } from './commands/predictions.js';
import { registerServe } from './commands/serve.js';
import { registerTimeline } from './commands/timeline.js';
import { registerWorker } from './commands/worker.js';

/** Builds the CLI. Every command is a thin layer over a service. */
export function buildProgram(): Command {
  const program = new Command('accords')
    .description('Turns international-relations news into a sourced, temporal knowledge base.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerExtract(program);
  registerIngest(program);
  registerMembers(program);
  registerClaims(program);
  registerPredictions(program);
  registerTimeline(program);
  registerEntity(program);
  registerServe(program);
  registerWorker(program);
  registerDemo(program);
  return program;
}

/** Runs the CLI; returns the exit code. The one place errors become the contract's error line. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return 0;
      return err.exitCode || 2;
    }
    process.stderr.write(errorLine(err) + '\n');
    return err instanceof AccordsError ? err.exitCode : 1;
  }
}
