import { availableParallelism } from 'node:os';
import { DEFAULT_SEED, DEFAULT_VAL_FRACTION, silentReporter, type Reporter } from '@hx4/core';
import { MAX_PERCEPTUAL_THRESHOLD } from './dedup/index.js';

/**
 * Default Hamming distance (of 64 bits) for perceptual duplicates. Measured on the simulator's images:
 * re-encoded (JPEG q40) and resized (to 100 px) copies, and re-renders from a larger scan, land 0–4
 * bits from the original; distinct images were 14 or more apart in half a million pairs.
 */
export const DEFAULT_PERCEPTUAL_THRESHOLD = 4;

export interface MergeOptions {
  /** The folder holding the per-archive dataset folders (`-d`); the merge is written to `<baseDir>/HISTORY_X<N>`. */
  baseDir: string;
  /** Also write the multi-label CSV as `metadata_multi_label_chunk_<i>.csv` files of this many rows. */
  chunkSize?: number | null;
  /** Bits two perceptual hashes may differ by to be duplicates (0–15); null turns perceptual matching off. */
  perceptualThreshold?: number | null;
  valFraction?: number;
  seed?: number;
  reporter?: Reporter;
  /**
   * Compute image statistics even for sources without a usable `stats.json`, from their images.
   * Without it, statistics are written only when every source has one.
   */
  imgMeanStd?: boolean;
  /** Merge datasets whose collect run did not finish (`complete: false`) instead of leaving them out. */
  includeIncomplete?: boolean;
  /**
   * Merge what can be merged when a dataset is left out (missing, unfinished, unreadable or not comparable); the
   * summary's `skipped` names each. Without it such a merge throws a `PartialMergeError` before writing anything.
   */
  allowPartial?: boolean;
  /** Archives (adapter ids) the merge must contain: one without a dataset to merge is left out as missing. */
  expectedArchives?: readonly string[];
  /** Images decoded at once when hashing; default: the number of CPUs. */
  workers?: number;
}

export type ResolvedMergeOptions = Required<Omit<MergeOptions, 'chunkSize' | 'perceptualThreshold'>> & {
  chunkSize: number | null;
  perceptualThreshold: number | null;
};

export function resolveMergeOptions(options: MergeOptions): ResolvedMergeOptions {
  const resolved: ResolvedMergeOptions = {
    baseDir: options.baseDir,
    chunkSize: options.chunkSize ?? null,
    perceptualThreshold: options.perceptualThreshold === undefined ? DEFAULT_PERCEPTUAL_THRESHOLD : options.perceptualThreshold,
    valFraction: options.valFraction ?? DEFAULT_VAL_FRACTION,
    seed: options.seed ?? DEFAULT_SEED,
    reporter: options.reporter ?? silentReporter,
    imgMeanStd: options.imgMeanStd ?? false,
    includeIncomplete: options.includeIncomplete ?? false,
    allowPartial: options.allowPartial ?? false,
    expectedArchives: options.expectedArchives ?? [],
    workers: options.workers ?? availableParallelism(),
  };
  if (typeof resolved.baseDir !== 'string' || resolved.baseDir === '') throw new Error('merge: baseDir (the dataset folder) is required');
  const { chunkSize, perceptualThreshold, valFraction, workers } = resolved;
  if (chunkSize !== null && !(Number.isInteger(chunkSize) && chunkSize > 0)) {
    throw new Error(`chunk size must be a positive whole number of rows, got ${chunkSize}`);
  }
  if (
    perceptualThreshold !== null &&
    !(Number.isInteger(perceptualThreshold) && perceptualThreshold >= 0 && perceptualThreshold <= MAX_PERCEPTUAL_THRESHOLD)
  ) {
    throw new Error(
      `perceptual threshold must be a whole number of bits from 0 to ${MAX_PERCEPTUAL_THRESHOLD}, got ${perceptualThreshold}`,
    );
  }
  if (!(valFraction > 0 && valFraction < 1)) throw new Error(`valFraction must be between 0 and 1 (exclusive), got ${valFraction}`);
  if (!(Number.isInteger(workers) && workers > 0)) throw new Error(`workers must be a positive whole number, got ${workers}`);
  return resolved;
}
