import { join } from 'node:path';
import type { SlurmPlan, SlurmStep } from './SlurmPlan.js';
import { shellQuote } from './shellQuote.js';

/**
 * The `sbatch` words that submit one step of the plan's script: `--array` for the shard steps (task ids, or a
 * list of the unfinished ones), `--dependency=afterok` on the step before, the step in `HX4_STEP`, and a log
 * per task under the plan's logs folder. Words as `execFile` takes them (see `describeSbatchCommand` for a shell).
 */
export function sbatchCommand(plan: SlurmPlan, step: SlurmStep, { array, after }: { array?: string; after?: string }): string[] {
  const log = join(plan.logsDir, step === 'merge' ? `%x-merge-%j.out` : `%x-${step}-%A_%a.out`);
  return [
    'sbatch',
    '--parsable',
    ...(array === undefined ? [] : [`--array=${array}`]),
    // A failed step never lets its dependants run: they are cancelled rather than left pending for ever.
    ...(after === undefined ? [] : [`--dependency=afterok:${after}`, '--kill-on-invalid-dep=yes']),
    `--export=ALL,HX4_STEP=${step}`,
    `--output=${log}`,
    plan.scriptPath,
  ];
}

/** The command as a user types it; `after` may name a shell variable (`$harvest`), which is left to the shell. */
export function describeSbatchCommand(words: readonly string[]): string {
  return words.map((word) => (word.startsWith('--dependency=') ? word : shellQuote(word))).join(' ');
}
