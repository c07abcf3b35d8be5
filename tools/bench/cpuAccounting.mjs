import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports thread and system CPU time in USER_HZ ticks, which is 100 per second everywhere it runs. */
const MS_PER_TICK = 10;

/**
 * This process's peak resident set size in bytes. VmHWM belongs to the current address space, so it
 * starts afresh at exec; getrusage's maxRSS can carry over the parent's peak from before the exec.
 */
export function peakRssBytes() {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readProc('/proc/self/status') ?? '');
  return match ? Number(match[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

/** Another process's CPU time so far (all its threads, ms) and peak RSS so far (bytes); null once it has gone. */
export function sampleProcess(pid) {
  const stat = readProc(`/proc/${pid}/stat`);
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readProc(`/proc/${pid}/status`) ?? '');
  return stat && hwm ? { cpuMs: statCpuMs(stat), peakRss: Number(hwm[1]) * 1024 } : null;
}

/**
 * Starts measuring this process; `stop()` gives the wall time, the CPU time of all its threads and
 * that CPU time by kind of thread: `eventLoop` (JavaScript: HTTP, streams, hashing), `pool` (libuv's
 * pool where sharp runs and file I/O waits, plus V8's helper threads) and `libvips` (pixel work).
 */
export function startMeter() {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const threadsBefore = cpuByThreadKind();
  return () => {
    const cpu = process.cpuUsage(cpuBefore);
    const threadsAfter = cpuByThreadKind();
    return {
      seconds: (performance.now() - started) / 1000,
      cpuMs: (cpu.user + cpu.system) / 1000,
      threadCpuMs:
        threadsAfter && Object.fromEntries(Object.entries(threadsAfter).map(([kind, ms]) => [kind, ms - (threadsBefore?.[kind] ?? 0)])),
    };
  };
}

/** Busy CPU time of the whole machine so far in ms, every core and process together (Linux; else null). */
export function machineBusyMs() {
  const line = readProc('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}

function cpuByThreadKind() {
  const kinds = { eventLoop: 0, pool: 0, libvips: 0 };
  let tids;
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  for (const tid of tids) {
    const stat = readProc(`/proc/self/task/${tid}/stat`);
    // A thread can end between the listing and the read.
    if (!stat) continue;
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const kind = tid === String(process.pid) ? 'eventLoop' : name.startsWith('libvips') ? 'libvips' : 'pool';
    kinds[kind] += statCpuMs(stat);
  }
  return kinds;
}

/** User and system time from a `/proc/…/stat` line (fields 14 and 15, counted after the command name). */
function statCpuMs(stat) {
  const [utime, stime] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 13)
    .map(Number);
  return (utime + stime) * MS_PER_TICK;
}

function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
