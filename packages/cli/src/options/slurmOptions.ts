import type { Options } from 'yargs';
import type { ArchiveEntry } from '../installedArchives.js';
import { collectFlags, sharedFlags } from './collectOptions.js';

/** Flags of `hx4 slurm` itself; every other one is an `hx4 collect` flag, passed on to each shard. */
export const slurmOwnFlags = {
  shards: { type: 'number', describe: 'Shards per archive: array tasks that each collect 1/N of it (--shard I/N)' },
  partition: { type: 'string', describe: 'Slurm partition (sbatch --partition)' },
  time: { type: 'string', describe: 'Time limit per task (sbatch --time), e.g. 12:00:00' },
  'cpus-per-task': { type: 'number', describe: 'CPUs per task (sbatch --cpus-per-task); the shards use them as -nw' },
  mem: { type: 'string', describe: 'Memory per task (sbatch --mem), e.g. 8G' },
  account: { type: 'string', describe: 'Project to bill (sbatch --account), e.g. project_2001234' },
  submit: {
    type: 'boolean',
    default: false,
    describe: 'Submit the jobs with sbatch (again: only the shards not finished) and print their ids',
  },
} satisfies Record<string, Options>;

/**
 * `hx4 collect`'s flags without their defaults: `hx4 slurm` passes on exactly the flags the user gave, and each
 * shard's own `hx4 collect` fills in the defaults, as it would for a run by hand.
 */
export function slurmCollectFlags(installed: readonly ArchiveEntry[]): Record<string, Options> {
  return Object.fromEntries(Object.entries(collectFlags(installed)).map(([name, flag]) => [name, withoutDefault(flag)]));
}

function withoutDefault(flag: Options): Options {
  const copy = { ...flag };
  delete copy.default;
  return copy;
}

/** The defaults `hx4 collect` would fill in, to check the options up front as it will (an archive's own flags have none). */
export const collectDefaults: Record<string, unknown> = Object.fromEntries(
  Object.entries(sharedFlags as Record<string, Options>).flatMap(([name, flag]) =>
    flag.default === undefined ? [] : [[name, flag.default]],
  ),
);
