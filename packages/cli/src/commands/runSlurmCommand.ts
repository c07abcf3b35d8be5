import { chmod, mkdir } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@hx4/core';
import type { InstalledArchives } from '../installedArchives.js';
import { checkArchiveFlags } from '../options/archiveOptionValues.js';
import { notInstalled } from '../options/notInstalled.js';
import { parsePositiveInteger } from '../options/parseNumbers.js';
import { MAX_SHARDS } from '../options/parseShard.js';
import { requestedArchives } from '../options/requestedArchives.js';
import { resolveCollectSettings, type CollectArgs } from '../options/resolveCollectSettings.js';
import { collectDefaults } from '../options/slurmOptions.js';
import { UsageError } from '../options/UsageError.js';
import { arrayRanges } from '../slurm/arrayRanges.js';
import { forwardedCollectArgs } from '../slurm/forwardedCollectArgs.js';
import { describeSbatchCommand, sbatchCommand } from '../slurm/sbatchCommand.js';
import { sbatchScript } from '../slurm/sbatchScript.js';
import type { SlurmPlan } from '../slurm/SlurmPlan.js';
import { submitSlurmJobs } from '../slurm/submitSlurmJobs.js';
import { unfinishedTasks } from '../slurm/unfinishedTasks.js';
import { configured } from './runCollectCommand.js';

/** Values that go into `#SBATCH` lines as they are: no spaces, quotes or shell characters. */
const SBATCH_VALUE = /^[A-Za-z0-9_.:,+-]+$/u;

/**
 * `hx4 slurm <archive|all> -d DIR --shards N …`: writes `DIR/slurm/<name>.sbatch`, a job array of every archive's N
 * shards (harvest, then images) and a merge job after it; with `--submit`, submits them (only unfinished shards).
 * Every `hx4 collect` option is checked here as each shard will check it, before anything is written.
 */
export async function runSlurmCommand(args: CollectArgs, archives: InstalledArchives): Promise<number> {
  const { all, entries, leftOut } = requestedArchives((args.archives as string[]).map(String), archives);
  for (const [flag, why] of [
    [
      'api-key',
      "it would be written into the script: export the archive's key variable (e.g. NARA_API_KEY) before submitting; jobs inherit it",
    ],
    ['shard', 'hx4 slurm gives every task its shard'],
    ['join-shards', 'the merge job joins the shards'],
    ['metadata-only', 'the jobs harvest first and store images after; hx4 collect --metadata-only is for one machine'],
  ] as const) {
    if (args[flag] !== undefined) throw new UsageError(`--${flag} cannot be given to hx4 slurm: ${why}`);
  }
  if (args.shards === undefined) throw new UsageError('--shards N is required: how many array tasks share each archive');
  const shards = parsePositiveInteger('--shards', args.shards, MAX_SHARDS);
  const sbatchOptions: Record<string, string> = {};
  for (const option of ['partition', 'time', 'cpus-per-task', 'mem', 'account'] as const) {
    const value = args[option];
    if (value === undefined) continue;
    const text =
      option === 'cpus-per-task' ? String(parsePositiveInteger('--cpus-per-task', value, 4096)) : [value].flat().map(String).join(' ');
    if (!SBATCH_VALUE.test(text))
      throw new UsageError(`--${option} "${text}" is not a value sbatch takes (one value, no spaces or quotes)`);
    sbatchOptions[option] = text;
  }
  checkArchiveFlags(entries, archives.installed, args);
  // Each shard's hx4 collect fills in the defaults; they are filled in here only to check the options as it will.
  const checked = { ...collectDefaults, ...args };
  const datasets = [];
  for (const entry of entries) {
    const settings = await resolveCollectSettings(entry.adapter, checked);
    configured(entry, checked, settings);
    datasets.push({ adapter: entry.adapter, baseDir: settings.baseDir, window: settings.window });
  }
  const baseDir = datasets[0]?.baseDir ?? '';
  const name = `hx4-${all ? 'all' : entries.map((entry) => entry.adapter.id).join('-')}-${String(shards)}`;
  const slurmDir = join(baseDir, 'slurm');
  const plan: SlurmPlan = {
    name,
    baseDir,
    archives: entries.map((entry) => entry.adapter.id),
    collectArgs: Object.fromEntries(entries.map((entry) => [entry.adapter.id, forwardedCollectArgs(entry.adapter, args)])),
    mergeArgs: [
      ...(args['chunk-size'] === undefined ? [] : ['--chunk-size', String(parsePositiveInteger('--chunk-size', args['chunk-size']))]),
      ...(args['allow-partial'] === true ? ['--allow-partial'] : []),
    ],
    shards,
    workersGiven: args['num-workers'] !== undefined,
    sbatchOptions,
    hx4Command: [process.execPath, realpathSync(process.argv[1] ?? '')],
    scriptPath: join(slurmDir, `${name}.sbatch`),
    logsDir: join(slurmDir, 'logs'),
  };
  await mkdir(plan.logsDir, { recursive: true });
  await writeFileAtomic(plan.scriptPath, sbatchScript(plan));
  await chmod(plan.scriptPath, 0o755);
  const tasks = `0-${String(entries.length * shards - 1)}`;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (leftOut.length > 0) say(`not installed, so not in the jobs: ${notInstalled(leftOut)}`);
  say(
    `wrote ${plan.scriptPath}: ${String(entries.length * shards)} array tasks (${plan.archives.join(', ')} × ${String(shards)} shards), then the merge`,
  );
  if (args.submit !== true) {
    say('submit with hx4 slurm … --submit, or by hand:');
    say(`  harvest=$(${describeSbatchCommand(sbatchCommand(plan, 'harvest', { array: tasks }))})`);
    say(`  images=$(${describeSbatchCommand(sbatchCommand(plan, 'images', { array: tasks, after: '$harvest' }))})`);
    say(`  ${describeSbatchCommand(sbatchCommand(plan, 'merge', { after: '$images' }))}`);
    return 0;
  }
  const unfinished = await unfinishedTasks(datasets, shards);
  const jobs = await submitSlurmJobs(plan, unfinished);
  if (jobs.harvest !== undefined && jobs.images !== undefined) {
    say(`submitted harvest ${jobs.harvest} and images ${jobs.images} (array ${arrayRanges(unfinished)}), merge ${jobs.merge} after them`);
  } else {
    say(`every shard has finished: submitted merge ${jobs.merge}`);
  }
  return 0;
}
