import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dispatchPool } from './dispatch.js';
import type { ExtractionPool } from './extract-pool.js';
import { frameReader } from './frames.js';
import { EXTRACTION_V8_FLAGS } from './v8-flags.js';
import { readResponse, requestFrame } from './wire.js';

// The child is compiled JavaScript; tests that import the TypeScript sources still run it from dist/.
function childPath(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return here.replace(/[^/]*$/, 'extract-process.js');
  return here.replace(/\/src\/(.*)\/[^/]*\.ts$/, '/dist/$1/extract-process.js');
}

/** How long a child may take to finish its work and exit once told to, before it is killed. */
const EXIT_GRACE_MS = 10_000;

/**
 * Extraction in child processes, one per core, over their stdin and stdout in frames
 * (`frames.ts`, `wire.ts`): raw JSONL lines in, output bytes back. Processes share nothing with
 * each other or with the process that reads and writes (no V8 platform, allocator or event loop),
 * and measured as fast as worker threads or faster (docs/scaling.md).
 *
 * A child that dies fails its work under way with an error naming it (its exit code or signal
 * and the last line it wrote to stderr); nothing waits for it.
 */
export function createProcessPool(processes: number, execArgv: readonly string[] = EXTRACTION_V8_FLAGS): ExtractionPool {
  return dispatchPool(processes, (index, events) => {
    const child = spawn(process.execPath, [...execArgv, childPath()], { stdio: ['pipe', 'pipe', 'pipe'] });
    const name = `extraction process ${index + 1} of ${processes}`;
    let closing = false, killed = false, stderrTail = '';
    child.stdout.on('data', frameReader((frame) => events.respond(readResponse(frame))));
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderrTail = (stderrTail + s).slice(-4096); });
    // A dead child's stdin fails writes with EPIPE: its exit, reported below, says why.
    child.stdin.on('error', () => {});
    const exited = new Promise<void>((done) => {
      child.on('error', (err) => {
        events.fail(new Error(`${name} could not start: ${err.message}`));
        done();
      });
      child.on('close', (code, signal) => {
        if (!closing || (code !== 0 && !killed)) {
          const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
          // Its last error line, not the stack trace or version line that may follow it.
          const lines = stderrTail.trim().split('\n');
          const last = lines.findLast((l) => /error|fatal/i.test(l)) ?? lines.pop();
          events.fail(new Error(`${name} ${how}${last ? `: ${last}` : ''}`));
        }
        done();
      });
    });
    return {
      send(req) {
        for (const part of requestFrame(req)) child.stdin.write(part);
      },
      async close(graceful) {
        closing = true;
        if (child.exitCode !== null || child.signalCode !== null) return exited;
        killed = !graceful;
        if (killed) child.kill('SIGKILL');
        child.stdin.end();
        const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, EXIT_GRACE_MS);
        await exited;
        clearTimeout(timer);
      },
    };
  });
}
