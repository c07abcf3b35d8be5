import type { RunSummary } from '@hx4/core';
import type { DuplicateCounts } from './dedup/index.js';
import type { SkippedDataset } from './discovery/index.js';

/** One dataset that went into the merge. */
export interface MergedSource {
  archive: string;
  dataset: string;
  /** Rows read from its multi-label CSV. */
  rows: number;
  /** Of those, rows that are the kept row of their group (the others were merged into a row of an earlier source or of the same one). */
  kept: number;
}

/**
 * `HISTORY_X<N>/run-summary.json`. `kind: 'merged'` tells discovery (and the report) that this folder
 * is a merge output; `final` and `stats` have the fields of a collect run's.
 */
export interface MergeSummary {
  version: 1;
  kind: 'merged';
  hx4: string;
  dataset: string;
  settings: {
    thumbnailSize: [number, number] | null | undefined;
    perceptualThreshold: number | null;
    valFraction: number;
    seed: number;
    chunkSize: number | null;
  };
  sources: MergedSource[];
  /** Folders left out, and folders that failed while being read, with the reason. */
  skipped: SkippedDataset[];
  /** Rows merged away, by the strongest evidence that merged them. */
  duplicates: DuplicateCounts;
  /** Images decoded for hashing by this merge, and images whose hashes came from the caches. */
  images: { hashed: number; cached: number };
  final: NonNullable<RunSummary['final']> & { chunks: number };
  stats?: NonNullable<RunSummary['stats']>;
  timingsMs: Record<string, number>;
}
