// Runs a child process and measures its wall time, CPU time (all its threads) and peak resident
// memory (VmHWM), from /proc.
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

// User + system CPU seconds of a process so far (all threads), from /proc/<pid>/stat.
function cpuSeconds(pid) {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** Runs `node args…` with stdin from a file (or none) and stdout to a file (or discarded). */
export function measure(args, { stdinFile = null, stdoutFile = null, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: [stdinFile ? 'pipe' : 'ignore', stdoutFile ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, ...env },
    });
    let peak = 0, cpu = null, stderr = '';
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRssKb(child.pid));
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 25);
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile));
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      // The CPU time is read until the last poll before exit (within 25 ms of the end).
      resolve({ code, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, peakRssMB: +(peak / 1024).toFixed(1), stderr });
    });
  });
}
