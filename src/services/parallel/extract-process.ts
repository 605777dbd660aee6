import { writeSync } from 'node:fs';
import { oneLine } from '../../core/errors.js';
import { createExtractor } from '../extractor.js';
import { frameReader } from './frames.js';
import { doWork } from './work.js';
import { readRequest, responseFrame } from './wire.js';

// A child process of the process pool: requests in frames on stdin, answers in frames on stdout,
// in order. It ends when stdin ends (the parent closed it, or died).
const extractor = createExtractor();

// The parent is gone (e.g. it stopped at a closed pipe of its own): nothing left to answer.
process.stdout.on('error', () => process.exit(0));
// A bug here: one line for the parent to report (it names this process and its exit code).
process.on('uncaughtException', (err) => {
  writeSync(2, `error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
  process.exit(70);
});

process.stdin.on('data', frameReader((frame) => {
  for (const part of responseFrame(doWork(extractor, readRequest(frame)))) process.stdout.write(part);
}));
