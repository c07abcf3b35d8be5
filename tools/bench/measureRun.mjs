import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runMeasurement } from './childProcess.mjs';
import { machineBusyMs } from './cpuAccounting.mjs';

const MiB = 1024 * 1024;
const SCRIPTS = {
  hx4: fileURLToPath(new URL('./hx4Run.mjs', import.meta.url)),
  plain: fileURLToPath(new URL('./sharpRun.mjs', import.meta.url)),
  matched: fileURLToPath(new URL('./sharpRun.mjs', import.meta.url)),
};

/**
 * One measurement of `kind` (`hx4`, `plain` or `matched`) over the first `count` images with
 * `workers` in flight, in a fresh process with its own work dir. Besides the child's figures it
 * records the simulator's CPU time and `foreignLoad`: the share of all CPUs that other processes
 * on the machine used meanwhile, which slows any run down.
 */
export async function measureRun({ kind, count, workers, workDir, shared, simulator }) {
  const input = { ...shared, mode: kind, count, workers, workDir };
  const simulatorBefore = await simulator.cpuMs();
  const ownBefore = process.cpuUsage();
  const busyBefore = machineBusyMs();
  const started = performance.now();
  try {
    const result = await runMeasurement(SCRIPTS[kind], input);
    const wallMs = performance.now() - started;
    const busyAfter = machineBusyMs();
    const own = process.cpuUsage(ownBefore);
    const simulatorMs = (await simulator.cpuMs()) - simulatorBefore;
    const foreignMs = busyAfter - busyBefore - result.processCpuMs - simulatorMs - (own.user + own.system) / 1000;
    const foreignLoad = busyBefore === null ? null : Math.max(0, foreignMs) / (wallMs * availableParallelism());
    return { kind, count, workers, ...result, simulatorMs, foreignLoad };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** One progress line per run, so a slow or disturbed run shows while the bench is still going. */
export function describeRun(run) {
  const busy = run.foreignLoad === null ? '' : `, other processes ${(run.foreignLoad * 100).toFixed(0)}% of the CPUs`;
  return (
    `${run.kind.padEnd(7)} N=${run.count} -nw ${run.workers}: ${(run.count / run.seconds).toFixed(1)} images/s, ` +
    `${(run.cpuMs / run.count).toFixed(1)} ms CPU/image, peak RSS ${(run.peakRss / MiB).toFixed(0)} MB${busy}`
  );
}
