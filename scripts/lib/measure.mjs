// Runs a child process and measures its wall time, CPU time and peak resident memory, from /proc,
// over the whole process tree: `extract --jsonl` and `ingest` extract in child processes of their own.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function peakRssKb(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) : 0;
}

// CPU seconds of a process's own threads (children not included), or null once it is gone.
function cpuSeconds(pid) {
  const st = read(`/proc/${pid}/stat`);
  if (!st) return null;
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

function childrenOf(pid) {
  const c = read(`/proc/${pid}/task/${pid}/children`);
  return c ? c.trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

/** The process and its descendants still running. */
function tree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
}

/**
 * Runs `node args…` with stdin from a file (or none) and stdout to a file (or discarded). CPU time
 * is the tree's: the last reading of each process ever seen in it, the process and its descendants
 * (so a child that has exited keeps its time: reading the parent's count of reaped children instead
 * lost children that had exited but were not yet reaped at the last poll). Each process's last 25 ms
 * may be missed. Peak RSS is the sum of each process's own peak (an upper bound of the tree's peak at
 * any one time).
 */
export function measure(args, { stdinFile = null, stdoutFile = null, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      stdio: [stdinFile ? 'pipe' : 'ignore', stdoutFile ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, ...env },
    });
    const peaks = new Map();
    const cpuOf = new Map();
    let cpu = null, stderr = '';
    const timer = setInterval(() => {
      for (const pid of tree(child.pid)) {
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakRssKb(pid)));
        const c = cpuSeconds(pid);
        if (c !== null) cpuOf.set(pid, c);
      }
      const total = [...cpuOf.values()].reduce((a, b) => a + b, 0);
      if (total) cpu = +total.toFixed(2);
    }, 25);
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile));
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const peak = [...peaks.values()].reduce((a, b) => a + b, 0);
      // The CPU time is read until the last poll before exit (within 25 ms of the end).
      resolve({ code, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, peakRssMB: +(peak / 1024).toFixed(1), stderr });
    });
  });
}
