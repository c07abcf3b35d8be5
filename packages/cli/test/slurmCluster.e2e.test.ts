import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCsvs, present } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { startSimulatorProcess } from './support/simulatorProcess.js';
import { startSingleNodeSlurm, type SingleNodeSlurm } from './support/singleNodeSlurm.js';

const DATASET = 'EUROPEANA_1914-01-01_1918-12-31';
const MERGED = 'HISTORY_X1';
const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE']);

// Slurm and the simulator are started here and stopped in afterAll. Where Slurm cannot start, beforeAll throws
// and every test of this file fails with the reason: never a silent pass or skip.
let slurm: SingleNodeSlurm | undefined;
let simulator: { endpoint: string; stop(): Promise<void> } | undefined;
beforeAll(async () => {
  simulator = await startSimulatorProcess();
  slurm = await startSingleNodeSlurm();
}, 90_000);
afterAll(async () => {
  await slurm?.stop();
  await simulator?.stop();
}, 60_000);

const collectOptions = () => [
  '--endpoint',
  simulator!.endpoint,
  '--query',
  'tank',
  '--query',
  'aircraft',
  '--query',
  'soldier',
  '--query',
  'ship',
  '--query',
  'artillery',
  '--query',
  'bomber',
  '--start-date',
  '1914-01-01',
  '--end-date',
  '1918-12-31',
  '--thumbnail-size',
  '96,96',
  '--img-mean-std',
  '--requests-per-second',
  '1000',
];

/** Every CSV of a merged folder, with the folder holding the datasets written as <BASE>. */
async function mergedCsvs(baseDir: string): Promise<Record<string, string>> {
  const dir = join(baseDir, MERGED);
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.csv')).sort()) {
    files[name] = (await readFile(join(dir, name), 'utf8')).replaceAll(baseDir, '<BASE>');
  }
  return files;
}

describe('hx4 slurm on a real single-node Slurm cluster', () => {
  it('runs a 3-shard job array and the merge job after it, making what one machine makes', async () => {
    const reference = await mkdtemp(join(tmpdir(), 'hx4-cluster-ref-'));
    const collected = await runHx4(['collect', 'europeana', '-d', reference, ...collectOptions()]);
    expect(collected.code, collected.stderr).toBe(0);
    const merged = await runHx4(['merge', '-d', reference, '--expect', 'europeana']);
    expect(merged.code, merged.stderr).toBe(0);

    const dir = await mkdtemp(join(tmpdir(), 'hx4-cluster-'));
    const submitted = await runHx4(
      ['slurm', 'europeana', '-d', dir, '--shards', '3', '--cpus-per-task', '1', '--time', '00:10:00', '--submit', ...collectOptions()],
      slurm!.env,
    );
    expect(submitted.code, submitted.stderr).toBe(0);
    const ids = /submitted harvest (\d+) and images (\d+) \(array 0-2\), merge (\d+) after them/u.exec(submitted.stderr);
    expect(ids, submitted.stderr).not.toBeNull();
    const mergeJob = present(ids?.[3], 'the merge job id');
    let state = await slurm!.jobState(mergeJob);
    const deadline = Date.now() + 240_000;
    while (!FINISHED.has(state) && Date.now() < deadline) {
      await sleep(1000);
      state = await slurm!.jobState(mergeJob);
    }
    const logsDir = join(dir, 'slurm', 'logs');
    const jobLogs = async () =>
      (
        await Promise.all(
          (await readdir(logsDir)).sort().map(async (file) => `--- ${file}\n${await readFile(join(logsDir, file), 'utf8')}`),
        )
      ).join('\n');
    expect(state, `${await jobLogs()}\n${await slurm!.logs()}`).toBe('COMPLETED');
    // Three array tasks per step, each with its own log, and the merge job's.
    expect((await readdir(logsDir)).filter((file) => file.includes('-harvest-'))).toHaveLength(3);
    expect((await readdir(logsDir)).filter((file) => file.includes('-images-'))).toHaveLength(3);

    expect(await datasetCsvs(join(dir, DATASET))).toEqual(await datasetCsvs(join(reference, DATASET)));
    expect(await mergedCsvs(dir)).toEqual(await mergedCsvs(reference));
    const stats = async (base: string) =>
      JSON.parse(await readFile(join(base, MERGED, 'stats.json'), 'utf8')) as { mean: number[]; std: number[] };
    const [sharded, single] = [await stats(dir), await stats(reference)];
    for (const [channel, mean] of single.mean.entries()) expect(sharded.mean[channel]).toBeCloseTo(mean, 9);
    for (const [channel, std] of single.std.entries()) expect(sharded.std[channel]).toBeCloseTo(std, 9);
  }, 420_000);
});
