/** What `hx4 slurm` was asked for: the jobs' resources and what each job runs. */
export interface SlurmPlan {
  /** `hx4-<archives>-<N>`: the job name, and the script's and logs' file names. */
  name: string;
  baseDir: string;
  /** Archive ids in task order: tasks `a·N … a·N + N − 1` are the shards of `archives[a]`. */
  archives: string[];
  /** Each archive's `hx4 collect` flags, as the user gave them. */
  collectArgs: Record<string, string[]>;
  /** `hx4 merge` flags the user gave (`--chunk-size`, `--allow-partial`). */
  mergeArgs: string[];
  shards: number;
  /** True when the user gave `-nw`: then it is passed on as given instead of `SLURM_CPUS_PER_TASK`. */
  workersGiven: boolean;
  /** `sbatch` options for every job: partition, time, cpus-per-task, mem, account. */
  sbatchOptions: Record<string, string>;
  /** How the jobs start `hx4`: this node and this installation's `hx4`, by absolute path. */
  hx4Command: string[];
  scriptPath: string;
  logsDir: string;
}

/** The three steps: every shard harvests, then every shard stores its images, then one job joins and merges. */
export type SlurmStep = 'harvest' | 'images' | 'merge';
