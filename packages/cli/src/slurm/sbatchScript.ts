import { hx4Version } from '@hx4/core';
import type { SlurmPlan } from './SlurmPlan.js';
import { shellQuote } from './shellQuote.js';
import { describeSbatchCommand, sbatchCommand } from './sbatchCommand.js';

const words = (list: readonly string[]) => list.map(shellQuote).join(' ');

/**
 * The sbatch script of a plan: one script for all three steps, told apart by `HX4_STEP` — a job array whose task
 * `SLURM_ARRAY_TASK_ID` is one shard of one archive (harvest, then images), and one job that joins each archive's
 * shards and merges them. Its header says how to submit the steps chained with `--dependency=afterok`.
 */
export function sbatchScript(plan: SlurmPlan): string {
  const tasks = `0-${String(plan.archives.length * plan.shards - 1)}`;
  const lines = [
    '#!/bin/bash',
    `# Written by hx4 slurm (HX4 ${hx4Version}): ${plan.archives.join(', ')} in ${String(plan.shards)} shards each, into ${plan.baseDir}.`,
    '# `hx4 slurm … --submit` submits the three steps (again: only the shards not finished). By hand:',
    `#   harvest=$(${describeSbatchCommand(sbatchCommand(plan, 'harvest', { array: tasks }))})`,
    `#   images=$(${describeSbatchCommand(sbatchCommand(plan, 'images', { array: tasks, after: '$harvest' }))})`,
    `#   ${describeSbatchCommand(sbatchCommand(plan, 'merge', { after: '$images' }))}`,
    `#SBATCH --job-name=${plan.name}`,
    ...Object.entries(plan.sbatchOptions).map(([option, value]) => `#SBATCH --${option}=${value}`),
    'set -euo pipefail',
    `hx4=(${words(plan.hx4Command)})`,
    `shards=${String(plan.shards)}`,
    `archives=(${words(plan.archives)})`,
    '# Each archive gets the hx4 collect options given to hx4 slurm, unchanged.',
    'options_for() {',
    '  case "$1" in',
    ...plan.archives.map(
      (archive) => `    ${archive}) options=(--dataset-dir ${shellQuote(plan.baseDir)} ${words(plan.collectArgs[archive] ?? [])}) ;;`,
    ),
    '  esac',
    '}',
    plan.workersGiven ? 'workers=()' : 'workers=(-nw "${SLURM_CPUS_PER_TASK:-1}")',
    // Node resizes libuv's thread pool, where sharp processes the images, only as a process starts, and its 4
    // threads would leave the rest of a bigger allocation idle.
    'if [ "${SLURM_CPUS_PER_TASK:-1}" -gt 4 ]; then export UV_THREADPOOL_SIZE="${UV_THREADPOOL_SIZE:-$SLURM_CPUS_PER_TASK}"; fi',
    // glibc gives the image threads up to 8 malloc arenas per CPU, which fragment the longer the work runs. hx4
    // limits them to one per CPU (at least 2) as it starts, but by then Node has made a few; set here, glibc reads
    // it before any, and the CPUs are the task's (docs/benchmarks.md, memory).
    'export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-$(( ${SLURM_CPUS_PER_TASK:-1} > 2 ? ${SLURM_CPUS_PER_TASK:-1} : 2 ))}"',
    'case "${HX4_STEP:?set HX4_STEP to harvest, images or merge: see the sbatch commands above}" in',
    '  harvest | images)',
    '    task=${SLURM_ARRAY_TASK_ID:?the harvest and images steps run as a job array}',
    '    archive=${archives[$((task / shards))]}',
    '    options_for "$archive"',
    '    step=()',
    '    if [ "$HX4_STEP" = harvest ]; then step=(--metadata-only); fi',
    '    exec "${hx4[@]}" collect "$archive" "${options[@]}" "${workers[@]}" --shard "$((task % shards + 1))/$shards" "${step[@]}"',
    '    ;;',
    '  merge)',
    '    for archive in "${archives[@]}"; do',
    '      options_for "$archive"',
    '      "${hx4[@]}" collect "$archive" "${options[@]}" "${workers[@]}" --join-shards "$shards"',
    '    done',
    `    exec "\${hx4[@]}" merge --dataset-dir ${shellQuote(plan.baseDir)} ${words(plan.archives.flatMap((archive) => ['--expect', archive]))} ${words(plan.mergeArgs)}`.trimEnd(),
    '    ;;',
    '  *) echo "hx4 slurm script: unknown HX4_STEP $HX4_STEP" >&2; exit 2 ;;',
    'esac',
  ];
  return `${lines.join('\n')}\n`;
}
