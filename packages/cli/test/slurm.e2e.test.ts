import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { datasetCsvs, startSimulator, type Simulator } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';

const run = promisify(execFile);
const DATASET = 'EUROPEANA_1914-01-01_1918-12-31';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ archives: [europeanaSimulator({ imageSize: [160, 120] })] });
});
afterAll(() => sim.close());

/** Options that each change the dataset when lost on the way to a shard, and some that only change how it is fetched. */
const collectOptions = () => [
  '--endpoint',
  sim.endpoint('europeana'),
  '--query',
  'tank',
  '--query',
  'aircraft',
  '--query',
  "soldier's helmet",
  '--query',
  'ship',
  '--query',
  'artillery',
  '--start-date',
  '1914-01-01',
  '--end-date',
  '1918-12-31',
  '--thumbnail-size',
  '96',
  '96',
  '--img-mean-std',
  '--seed',
  '7',
  '--val-split-pct',
  '0.25',
  '--requests-per-second',
  '1000',
  '--max-rps',
  '127.0.0.1=900',
  '--retry-failed',
];

/** Runs one step of the script as Slurm would: a task of the array, or the merge job. */
async function runStep(script: string, step: string, task?: number): Promise<void> {
  const env = {
    ...process.env,
    HX4_STEP: step,
    SLURM_CPUS_PER_TASK: '3',
    ...(task === undefined ? {} : { SLURM_ARRAY_TASK_ID: String(task) }),
  };
  await run('bash', [script], { env, maxBuffer: 16 * 1024 * 1024 });
}

describe('hx4 slurm', () => {
  it('writes a script whose array tasks and merge job make the dataset one hx4 collect makes with the same options', async () => {
    const reference = await mkdtemp(join(tmpdir(), 'hx4-slurm-ref-'));
    const direct = await runHx4(['collect', 'europeana', '-d', reference, ...collectOptions()]);
    expect(direct.code, direct.stderr).toBe(0);

    const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-'));
    const written = await runHx4([
      'slurm',
      'europeana',
      '-d',
      dir,
      '--shards',
      '3',
      '--partition',
      'small',
      '--time',
      '01:00:00',
      '--cpus-per-task',
      '3',
      '--mem',
      '4G',
      '--account',
      'project_2001234',
      ...collectOptions(),
    ]);
    expect(written.code, written.stderr).toBe(0);
    const script = join(dir, 'slurm', 'hx4-europeana-3.sbatch');
    const text = await readFile(script, 'utf8');
    for (const line of [
      '#SBATCH --partition=small',
      '#SBATCH --time=01:00:00',
      '#SBATCH --cpus-per-task=3',
      '#SBATCH --mem=4G',
      '#SBATCH --account=project_2001234',
    ]) {
      expect(text).toContain(line);
    }
    expect(written.stderr).toContain('--array=0-2');
    expect(written.stderr).toContain('--dependency=afterok:$harvest');

    for (const step of ['harvest', 'images']) for (const task of [0, 1, 2]) await runStep(script, step, task);
    await runStep(script, 'merge');
    expect(await datasetCsvs(join(dir, DATASET))).toEqual(await datasetCsvs(join(reference, DATASET)));
    const shardSummary = JSON.parse(await readFile(join(dir, DATASET, 'shards', '2-of-3', 'shard-summary.json'), 'utf8')) as {
      settings: Record<string, unknown>;
      politeness: { host: string; ceiling: { requestsPerSecond: number } }[];
    };
    // The options as given; the shard's third of the caps shows where they apply, in its HTTP lanes.
    expect(shardSummary.settings).toMatchObject({
      workers: 3,
      retryFailed: 'all',
      maxRps: { hosts: { '127.0.0.1': 900 } },
      apiRequestsPerSecond: 1000 / 3,
    });
    expect(shardSummary.politeness.length).toBeGreaterThan(0);
    for (const lane of shardSummary.politeness) expect(lane.ceiling.requestsPerSecond).toBeLessThanOrEqual(300);
    expect((await readdir(dir)).sort()).toEqual([DATASET, 'HISTORY_X1', 'slurm']);
  }, 240_000);

  it('submits the steps chained with afterok, and again only the shards that did not finish', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-submit-'));
    // A stand-in sbatch that records its words and answers like `sbatch --parsable`.
    const bin = await mkdtemp(join(tmpdir(), 'hx4-fake-sbatch-'));
    const calls = join(bin, 'calls.txt');
    await writeFile(join(bin, 'sbatch'), `#!/bin/bash\necho "$*" >> ${calls}\necho $((1000 + $(wc -l < ${calls})))\n`);
    await chmod(join(bin, 'sbatch'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
    const args = ['slurm', 'europeana', '-d', dir, '--shards', '2', '--submit', ...collectOptions()];

    const first = await runHx4(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('submitted harvest 1001 and images 1002 (array 0-1), merge 1003 after them');
    const [harvest, images, merge] = (await readFile(calls, 'utf8')).trim().split('\n');
    expect(harvest).toMatch(/^--parsable --array=0-1 --export=ALL,HX4_STEP=harvest /u);
    expect(images).toMatch(/^--parsable --array=0-1 --dependency=afterok:1001 --kill-on-invalid-dep=yes --export=ALL,HX4_STEP=images /u);
    expect(merge).toMatch(/^--parsable --dependency=afterok:1002 --kill-on-invalid-dep=yes --export=ALL,HX4_STEP=merge /u);

    // Task 0 finished; task 1 never ran (its node failed, say): only task 1 is submitted again.
    const script = join(dir, 'slurm', 'hx4-europeana-2.sbatch');
    await runStep(script, 'harvest', 0);
    await runStep(script, 'harvest', 1);
    await runStep(script, 'images', 0);
    const second = await runHx4(args, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('submitted harvest 1004 and images 1005 (array 1), merge 1006 after them');
    await runStep(script, 'images', 1);
    const third = await runHx4(args, env);
    expect(third.stderr).toContain('every shard has finished: submitted merge 1007');
    expect((await readFile(calls, 'utf8')).trim().split('\n').at(-1)).toMatch(/^--parsable --export=ALL,HX4_STEP=merge /u);
  }, 240_000);

  it("gives each task's hx4 as many image threads as the task has CPUs (above libuv's 4), and a malloc arena per CPU", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-threads-'));
    const written = await runHx4(['slurm', 'europeana', '-d', dir, '--shards', '1', '--cpus-per-task', '16']);
    expect(written.code, written.stderr).toBe(0);
    const script = join(dir, 'slurm', 'hx4-europeana-1.sbatch');
    // The same script with hx4 replaced by a command that shows the environment and options it was given.
    const probe = (await readFile(script, 'utf8')).replace(
      /^hx4=\(.*\)$/mu,
      `hx4=(bash -c 'echo "$UV_THREADPOOL_SIZE/$MALLOC_ARENA_MAX $*"' hx4)`,
    );
    await writeFile(script, probe);
    const step = async (cpus: string, extra: Record<string, string> = {}) =>
      (
        await run('bash', [script], {
          env: { ...process.env, HX4_STEP: 'images', SLURM_ARRAY_TASK_ID: '0', SLURM_CPUS_PER_TASK: cpus, ...extra },
        })
      ).stdout;
    expect(await step('16')).toMatch(/^16\/16 collect europeana .* -nw 16 /u);
    expect(await step('2')).toMatch(/^\/2 collect europeana .* -nw 2 /u);
    expect(await step('1')).toMatch(/^\/2 collect europeana .* -nw 1 /u);
    expect(await step('16', { UV_THREADPOOL_SIZE: '6', MALLOC_ARENA_MAX: '4' })).toMatch(/^6\/4 collect /u);
  });

  it('refuses bad input with one line and exit code 2, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-bad-'));
    const cases: [string[], unknown][] = [
      [
        ['--shards', '2', '--api-key', 'secret'],
        "hx4: --api-key cannot be given to hx4 slurm: it would be written into the script: export the archive's key variable (e.g. NARA_API_KEY) before submitting; jobs inherit it",
      ],
      [[], 'hx4: --shards N is required: how many array tasks share each archive'],
      [['--shards', '0'], 'hx4: --shards must be a whole number from 1 to 1000, got "0"'],
      [['--shards', '2', '--partition', 'a b'], 'hx4: --partition "a b" is not a value sbatch takes (one value, no spaces or quotes)'],
      [['--shards', '2', '--thumbnail-size', 'abc'], expect.stringMatching(/^hx4: --thumbnail-size/u)],
      [['--shards', '2', '--shard', '1/2'], 'hx4: --shard cannot be given to hx4 slurm: hx4 slurm gives every task its shard'],
    ];
    for (const [extra, message] of cases) {
      const result = await runHx4(['slurm', 'europeana', '-d', dir, ...extra]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([message]);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
