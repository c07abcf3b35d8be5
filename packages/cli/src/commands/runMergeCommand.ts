import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { MergedRunSummary } from '@hx4/core';
import { mergeDatasets, resolveMergeOptions, type MergeOptions } from '@hx4/merge';
import { knownArchives } from '../knownArchives.js';
import { parseFraction, parseInteger, parsePositiveInteger } from '../options/parseNumbers.js';
import { UsageError } from '../options/UsageError.js';
import { createCliReporter } from '../reporter/createCliReporter.js';
import { isInteractive } from '../reporter/isInteractive.js';
import { reportOrWarn } from './reportOrWarn.js';

/** `hx4 merge -d DIR`: the per-archive datasets under DIR → DIR/HISTORY_X<N>. */
export async function runMergeCommand(args: Record<string, unknown>): Promise<number> {
  const options = resolveMergeArgs(args);
  if (!(await stat(options.baseDir).catch(() => null))?.isDirectory()) {
    throw new UsageError(`--dataset-dir ${String(args['dataset-dir'])} is not a folder`);
  }
  return (await mergeAndReport(options, args.verbose === true)) ? 0 : 1;
}

/** Checks every merge flag before anything is read or written. */
export function resolveMergeArgs(args: Record<string, unknown>): Omit<MergeOptions, 'reporter'> {
  const dir = args['dataset-dir'];
  if (typeof dir !== 'string' || !dir) throw new UsageError('--dataset-dir (-d) is required: the folder holding the dataset folders');
  const options: Omit<MergeOptions, 'reporter'> = {
    baseDir: resolve(dir),
    chunkSize: args['chunk-size'] === undefined ? null : parsePositiveInteger('--chunk-size', args['chunk-size']),
    perceptualThreshold:
      args.phash === false
        ? null
        : args['phash-threshold'] === undefined
          ? undefined
          : parseInteger('--phash-threshold', args['phash-threshold']),
    valFraction: parseFraction('--val-split-pct', args['val-split-pct'] ?? 0.35),
    seed: parseInteger('--seed', args.seed ?? 42),
    imgMeanStd: args['img-mean-std'] === true,
    includeIncomplete: args['include-incomplete'] === true,
    allowPartial: args['allow-partial'] === true,
    expectedArchives: expectedArchives(args.expect),
    ...(args['num-workers'] === undefined ? {} : { workers: parsePositiveInteger('--num-workers', args['num-workers'], 256) }),
  };
  try {
    resolveMergeOptions(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return options;
}

/** `--expect ARCHIVE`: archive ids, each one HX4 knows (installed or not: merging reads datasets, not archives). */
function expectedArchives(values: unknown): string[] {
  const ids = values === undefined ? [] : [values].flat().map(String);
  const known = knownArchives.map((archive) => archive.id);
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new UsageError(`--expect ${unknown}: no such archive; choose from ${known.join(', ')}`);
  return [...new Set(ids)];
}

/** Merges, prints what happened, writes the merged report; false when a dataset failed or nothing merged. */
export async function mergeAndReport(options: Omit<MergeOptions, 'reporter'>, verbose: boolean): Promise<boolean> {
  const reporter = createCliReporter({ verbose, interactive: isInteractive(), prefix: 'merge' });
  try {
    let summary: MergedRunSummary;
    try {
      summary = await mergeDatasets({ ...options, reporter });
    } catch (error) {
      // One line on the terminal, as for every bad input.
      reporter.log('error', (error as Error).message.replace(/\n[\s\S]*/u, ''));
      return false;
    }
    const { duplicates, final } = summary;
    reporter.log(
      'info',
      `${summary.dataset}: ${final.multiLabel} rows from ${summary.sources.length} archives; duplicates merged by URL ${duplicates.url}, bytes ${duplicates.bytes}, perceptual hash ${duplicates.perceptual}`,
    );
    for (const skipped of summary.skipped) reporter.log('warn', `skipped ${skipped.dataset}: ${skipped.reason}`);
    await reportOrWarn(resolve(options.baseDir, summary.dataset), reporter);
    // Anything left out was refused above unless the user allowed a partial merge.
    return true;
  } finally {
    await reporter.close();
  }
}
