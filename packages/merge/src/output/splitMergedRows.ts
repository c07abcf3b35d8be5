import { iterativeStratifiedSplit, stratifiedSplit, type Reporter, type SplitResult } from '@hx4/core';
import type { MergedGroups } from '../rows/index.js';

export const TRAIN = 1;
export const VAL = 2;

/** Per row: 0 = in no split, TRAIN or VAL. Only kept rows are ever in a split. */
export interface MergedSplits {
  single: Uint8Array;
  multi: Uint8Array;
  /** Distinct labels of the merged rows. */
  labels: number;
  counts: { singleTrain: number; singleVal: number; singleLeftOut: number; multiTrain: number; multiVal: number; multiLeftOut: number };
}

/**
 * Splits the merged rows afresh, as one dataset (the sources' own splits are ignored, like the
 * reference merger did): single-label stratified on `label`, multi-label iteratively stratified on
 * `canonical_labels`. A set too small to split gets empty splits and a warning, as in collect.
 */
export function splitMergedRows(groups: MergedGroups, options: { valFraction: number; seed: number; reporter: Reporter }): MergedSplits {
  // Kept rows by number: their labels are asked of the groups as the splits need them, not held.
  const kept: number[] = [];
  for (let row = 0; row < groups.size; row++) if (groups.isKept(row)) kept.push(row);
  const split = { valFraction: options.valFraction, seed: options.seed };
  const single = orNothing(options.reporter, 'single-label', () => stratifiedSplit(kept, (row) => groups.labelOf(row), split));
  const multi = orNothing(options.reporter, 'multi-label', () => iterativeStratifiedSplit(kept, (row) => groups.labelsOf(row), split));
  return {
    single: sides(groups.size, single),
    multi: sides(groups.size, multi),
    labels: new Set(kept.map((row) => groups.labelOf(row))).size,
    counts: {
      singleTrain: single.train.length,
      singleVal: single.val.length,
      singleLeftOut: kept.length - single.train.length - single.val.length,
      multiTrain: multi.train.length,
      multiVal: multi.val.length,
      multiLeftOut: kept.length - multi.train.length - multi.val.length,
    },
  };
}

function sides(size: number, { train, val }: SplitResult<number>): Uint8Array {
  const side = new Uint8Array(size);
  for (const row of train) side[row] = TRAIN;
  for (const row of val) side[row] = VAL;
  return side;
}

function orNothing(reporter: Reporter, kind: string, split: () => SplitResult<number>): SplitResult<number> {
  try {
    return split();
  } catch (error) {
    reporter.log('warn', `${kind} split skipped: ${(error as Error).message}`);
    return { train: [], val: [], dropped: [] };
  }
}
