import type { ArchiveAdapter } from '@hx4/core';
import { sharedFlags } from '../options/collectOptions.js';

/**
 * Flags a shard's `hx4 collect` gets from the script, not from the user: the dataset folder (absolute, as jobs
 * may start elsewhere), the shard, the join, workers from Slurm, and the merge's own flags (the merge job has them).
 */
const NOT_FORWARDED = new Set(['dataset-dir', 'shard', 'join-shards', 'merge', 'chunk-size', 'allow-partial']);

/**
 * The `hx4 collect` flags the user gave to `hx4 slurm` that concern `adapter`: every shared one and the archive's
 * own, each as `--name value` words in flag order, so the shard's own parsing reads exactly the values given.
 */
export function forwardedCollectArgs(adapter: ArchiveAdapter, args: Readonly<Record<string, unknown>>): string[] {
  const names = [...Object.keys(sharedFlags), ...Object.keys(adapter.options ?? {})].filter((name) => !NOT_FORWARDED.has(name));
  return names.flatMap((name) => {
    const value = args[name];
    if (value === undefined) return [];
    if (typeof value === 'boolean') return [value ? `--${name}` : `--no-${name}`];
    return [value].flat().flatMap((item) => [`--${name}`, flagValueText(name, item)]);
  });
}

/** A flag's value as the user typed it: yargs gives strings and numbers (booleans are flags of their own). */
function flagValueText(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new Error(`--${name}: a value hx4 slurm cannot pass on (${typeof value})`);
}
