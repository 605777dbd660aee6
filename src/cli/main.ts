import { Command, CommanderError } from 'commander';
import { AccordsError, errorLine } from '../core/errors.js';

type Register = (program: Command) => void;

// Each command's module (and what it imports: the API, the queue, the HTML readers) is loaded only
// when that command runs, so a command starts without paying for the others.
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  members: async () => (await import('./commands/members.js')).registerMembers,
  claims: async () => (await import('./commands/claims.js')).registerClaims,
  predictions: async () => (await import('./commands/predictions.js')).registerPredictions,
  timeline: async () => (await import('./commands/timeline.js')).registerTimeline,
  entity: async () => (await import('./commands/entity.js')).registerEntity,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  demo: async () => (await import('./commands/demo.js')).registerDemo,
};

/**
 * Builds the CLI. Every command is a thin layer over a service. With `argv`, only the command it
 * names is loaded (all of them when it names none, e.g. for `--help`).
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('accords')
    .description('Turns international-relations news into a sourced, temporal knowledge base.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const named = argv.find((a) => !a.startsWith('-'));
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]!())(program);
  return program;
}

/** Runs the CLI; returns the exit code. The one place errors become the contract's error line. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = await buildProgram(argv);
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

// `accords extract --jsonl < big.jsonl | head`: when the reader goes away, stop quietly, as Unix
// tools do, instead of dying on an unhandled EPIPE.
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(errorLine(err, 'stdout') + '\n');
    process.exit(1);
  });
}
