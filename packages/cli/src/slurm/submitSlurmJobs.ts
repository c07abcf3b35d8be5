import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { arrayRanges } from './arrayRanges.js';
import { sbatchCommand } from './sbatchCommand.js';
import type { SlurmPlan, SlurmStep } from './SlurmPlan.js';

const run = promisify(execFile);

/** The job ids of one submission; the shard steps are absent when every shard had finished. */
export type SubmittedJobs = Partial<Record<SlurmStep, string>> & { merge: string; tasks: string };

/**
 * Submits the plan's steps chained with `--dependency=afterok`: the harvest and images arrays over `tasks` (the
 * shards not finished), then the merge; with no task left, the merge alone.
 */
export async function submitSlurmJobs(plan: SlurmPlan, tasks: readonly number[]): Promise<SubmittedJobs> {
  if (tasks.length === 0) return { merge: await sbatch(sbatchCommand(plan, 'merge', {})), tasks: '' };
  const array = arrayRanges(tasks);
  const harvest = await sbatch(sbatchCommand(plan, 'harvest', { array }));
  const images = await sbatch(sbatchCommand(plan, 'images', { array, after: harvest }));
  const merge = await sbatch(sbatchCommand(plan, 'merge', { after: images }));
  return { harvest, images, merge, tasks: array };
}

/** Runs `sbatch --parsable …` and returns the job id it prints (`id` or `id;cluster`). */
async function sbatch([command, ...args]: string[]): Promise<string> {
  try {
    const { stdout } = await run(command ?? 'sbatch', args);
    const id = stdout.trim().split(';')[0] ?? '';
    if (!/^\d+$/u.test(id)) throw new Error(`sbatch printed no job id: ${stdout.trim()}`);
    return id;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error('sbatch not found: submit where Slurm is installed (a login node), or submit the script by hand', { cause: error });
    }
    const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : '';
    throw new Error(`sbatch failed: ${stderr || (error as Error).message}`, { cause: error });
  }
}
