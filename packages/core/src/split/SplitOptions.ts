import { DEFAULT_SEED } from './SeededRandom.js';

export const DEFAULT_VAL_FRACTION = 0.35;

export interface SplitOptions {
  /** Share of rows that go to val, in (0, 1); default 0.35 as in the reference. */
  valFraction?: number;
  /** PRNG seed; default 42. */
  seed?: number;
}

/** Each list keeps the input order of its rows. */
export interface SplitResult<T> {
  train: T[];
  val: T[];
  /** Rows that cannot be stratified (see each split); they stay in the unsplit CSV only. */
  dropped: T[];
}

export function resolveSplitOptions(options: SplitOptions): Required<SplitOptions> {
  const valFraction = options.valFraction ?? DEFAULT_VAL_FRACTION;
  if (!(valFraction > 0 && valFraction < 1)) {
    throw new Error(`valFraction must be between 0 and 1 (exclusive), got ${valFraction}`);
  }
  return { valFraction, seed: options.seed ?? DEFAULT_SEED };
}

/** The rows at `indices` (each an index into `rows`), in input order. */
export function rowsInInputOrder<T>(rows: readonly T[], indices: number[]): T[] {
  return indices.sort((a, b) => a - b).map((index) => rows[index]!);
}

/** Orders labels by UTF-16 code units: unlike localeCompare it does not depend on the machine's locale. */
export function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
