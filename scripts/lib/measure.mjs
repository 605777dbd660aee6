// Runs a child process and measures its wall time and peak resident memory (VmHWM from /proc).
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';

function peakRssKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs `node args…` with stdin from a file (or none) and stdout to a file (or discarded). */
export function measure(args, { stdinFile = null, stdoutFile = null, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: [stdinFile ? 'pipe' : 'ignore', stdoutFile ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, ...env },
    });
    let peak = 0, stderr = '';
    const timer = setInterval(() => { peak = Math.max(peak, peakRssKb(child.pid)); }, 25);
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile));
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - t0) / 1000, peakRssMB: +(peak / 1024).toFixed(1), stderr });
    });
  });
}
