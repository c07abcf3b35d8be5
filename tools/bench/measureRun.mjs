import { availableParallelism } from 'node:os';
import { machineBusyMs } from './cpuAccounting.mjs';

const MiB = 1024 * 1024;

/**
 * One measurement of a contender: `run()` runs it in a fresh process and resolves with its figures
 * (`count` images in `seconds`, `processCpuMs`, `peakRss`…). Beside them this records the simulator's CPU
 * time and `foreignLoad`: the share of all CPUs that other processes on the machine used meanwhile,
 * which slows any run down.
 */
export async function measureRun({ kind, workers, simulator, run }) {
  const simulatorBefore = await simulator.cpuMs();
  const ownBefore = process.cpuUsage();
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const result = await run();
  const wallMs = performance.now() - started;
  const busyAfter = machineBusyMs();
  const own = process.cpuUsage(ownBefore);
  const simulatorMs = (await simulator.cpuMs()) - simulatorBefore;
  const foreignMs = busyAfter - busyBefore - result.processCpuMs - simulatorMs - (own.user + own.system) / 1000;
  const foreignLoad = busyBefore === null ? null : Math.max(0, foreignMs) / (wallMs * availableParallelism());
  return { kind, workers, ...result, simulatorMs, foreignLoad };
}

/** One progress line per run, so a slow or disturbed run shows while the bench is still going. */
export function describeRun(run) {
  const busy = run.foreignLoad === null ? '' : `, other processes ${(run.foreignLoad * 100).toFixed(0)}% of the CPUs`;
  const whole = run.wallSeconds === undefined ? '' : ` (whole run ${run.wallSeconds.toFixed(1)} s)`;
  return (
    `${run.kind.padEnd(7)} N=${run.count} -nw ${run.workers}: ${(run.count / run.seconds).toFixed(1)} images/s${whole}, ` +
    `peak RSS ${(run.peakRss / MiB).toFixed(0)} MB${busy}`
  );
}
