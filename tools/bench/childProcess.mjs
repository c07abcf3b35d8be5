import { spawn } from 'node:child_process';

/**
 * Runs `node script '<input as JSON>'` in a fresh process and resolves with the JSON object it prints
 * as its last stdout line. A fresh process per measurement makes its peak RSS its own, not the
 * orchestrator's or an earlier run's.
 */
export function runMeasurement(script, input, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`${script} exited with ${signal ?? `code ${code}`}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
      } catch {
        reject(new Error(`${script} printed no JSON result: ${stdout.slice(-500)}`));
      }
    });
  });
}

/** Child side of `runMeasurement`: reads the input, prints `measure(input)` as JSON, exits 1 on error. */
export async function measureMain(measure) {
  try {
    const result = await measure(JSON.parse(process.argv[2]));
    const cpu = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ ...result, processCpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}

/** Runs `work(item)` for every item with at most `concurrency` in flight, like a pool of workers. */
export async function forEachConcurrently(items, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
